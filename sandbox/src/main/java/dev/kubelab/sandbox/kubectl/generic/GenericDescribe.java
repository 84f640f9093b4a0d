package dev.kubelab.sandbox.kubectl.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.kubectl.describe.Describer;
import dev.kubelab.sandbox.kubectl.describe.GenericDescriber;
import dev.kubelab.sandbox.kubectl.describe.ServiceAccountDescriber;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.SelectorException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `kubectl describe TYPE [NAME...]` for a generic kind (MetalLB's resources, CRDs, RBAC…): the objects named
 * (or whose names start with the one given, as describe matches), or all of the namespace, each through
 * kubectl's generic describer, separated by blank lines.
 */
public final class GenericDescribe {
    /** Kinds kubectl describes with describers of their own, which this terminal does not have. */
    private static final Set<String> OWN_DESCRIBERS = Set.of("Secret", "Role", "ClusterRole",
            "RoleBinding", "ClusterRoleBinding");

    private GenericDescribe() {
    }

    public static int run(GenericType type, ParsedArgs args, KubectlContext ctx) {
        String typed = GenericGet.typedName(args.positionals().get(0));
        if (!GenericObjects.served(ctx.store(), type)) {
            ctx.io().err().println("error: the server doesn't have a resource type \"" + typed + "\"");
            return 1;
        }
        if (OWN_DESCRIBERS.contains(type.kindName())) {
            ctx.io().err().println("error: \"kubectl describe " + type.plural() + "\" is not available in this lab"
                    + " terminal yet");
            return 1;
        }
        boolean all = args.bool("all-namespaces");
        String namespace = type.namespaced() ? args.value(GlobalFlags.NAMESPACE, "default") : "";
        Selector selector;
        try {
            selector = args.has("selector") ? Selector.parse(args.value("selector", "")) : null;
        } catch (SelectorException e) {
            ctx.io().err().println("error: " + e.getMessage());
            return 1;
        }
        List<GenericObject> candidates = GenericObjects.list(ctx.store(), type, all ? null : namespace);
        List<GenericObject> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> names = GenericGet.names(args.positionals());
        for (String name : names) {
            List<GenericObject> matching = new ArrayList<>();
            for (GenericObject o : candidates) {
                if (o.metadata().name().equals(name)) {
                    matching.clear();
                    matching.add(o);
                    break;
                }
                if (o.metadata().name().startsWith(name)) {
                    matching.add(o);
                }
            }
            if (matching.isEmpty()) {
                errors.add("Error from server (NotFound): " + type.qualifiedPlural() + " \"" + name + "\" not found");
            }
            found.addAll(matching);
        }
        if (names.isEmpty()) {
            for (GenericObject o : candidates) {
                if (selector == null || selector.matches(o.metadata().labels())) {
                    found.add(o);
                }
            }
        }
        Describer describer = type.equals(GenericTypes.SERVICE_ACCOUNT) ? new ServiceAccountDescriber()
                : new GenericDescriber();
        for (int i = 0; i < found.size(); i++) {
            ctx.io().out().print((i == 0 ? "" : "\n\n") + describer.describe(found.get(i), ctx.store(), ctx.now()));
        }
        if (found.isEmpty() && errors.isEmpty()) {
            ctx.io().err().println(type.namespaced() && !all ? "No resources found in " + namespace + " namespace."
                    : "No resources found");
        }
        errors.forEach(ctx.io().err()::println);
        return errors.isEmpty() ? 0 : 1;
    }
}
