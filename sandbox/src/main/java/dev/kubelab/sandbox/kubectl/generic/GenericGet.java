package dev.kubelab.sandbox.kubectl.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `kubectl get TYPE [NAME...]` / `TYPE/NAME` for a generic kind (RBAC, Secrets, CRDs, MetalLB's resources). */
public final class GenericGet {
    private GenericGet() {
    }

    /** The generic type the get's arguments ask for, if they name one (a single type, not a comma list). */
    public static Optional<GenericType> requested(List<String> positionals) {
        if (positionals.isEmpty()) {
            return Optional.empty();
        }
        String first = positionals.get(0);
        String type = first.contains("/") ? first.substring(0, first.indexOf('/')) : first;
        if (type.contains(",") || ResourceTypes.resolve(type).isPresent()) {
            return Optional.empty();
        }
        return GenericTypes.named(type);
    }

    public static int run(GenericType type, ParsedArgs args, KubectlContext ctx) {
        String typed = typedName(args.positionals().get(0));
        if (!GenericObjects.served(ctx.store(), type)) {
            ctx.io().err().println("error: the server doesn't have a resource type \"" + typed + "\"");
            return 1;
        }
        boolean all = args.bool("all-namespaces");
        String namespace = type.namespaced() ? args.value(GlobalFlags.NAMESPACE, "default") : "";
        List<String> names = names(args.positionals());
        List<GenericObject> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (names.isEmpty()) {
            found.addAll(GenericObjects.list(ctx.store(), type, all ? null : namespace));
        }
        for (String name : names) {
            Optional<GenericObject> o = GenericObjects.get(ctx.store(), type, namespace, name);
            if (o.isPresent()) {
                found.add(o.get());
            } else {
                errors.add("Error from server (NotFound): " + type.qualifiedPlural() + " \"" + name
                        + "\" not found");
            }
        }
        String format = args.value("output", "");
        if (GenericPrinter.handles(format) && (!found.isEmpty() || errors.isEmpty())) {
            ctx.io().out().print(GenericPrinter.of(format).print(found, names.size() == 1));
        } else if (!found.isEmpty() && !GenericPrinter.handles(format)) {
            ctx.io().out().print(GenericTable.print(type, found, format.equals("wide"), all && type.namespaced(),
                    args.bool("no-headers"), args.bool("show-labels"), ctx.now()));
        } else if (errors.isEmpty()) {
            ctx.io().err().println(type.namespaced() && !all ? "No resources found in " + namespace + " namespace."
                    : "No resources found");
        }
        errors.forEach(ctx.io().err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    static String typedName(String first) {
        return first.contains("/") ? first.substring(0, first.indexOf('/')) : first;
    }

    static List<String> names(List<String> positionals) {
        List<String> names = new ArrayList<>();
        String first = positionals.get(0);
        if (first.contains("/")) {
            for (String p : positionals) {
                names.add(p.substring(p.indexOf('/') + 1));
            }
        } else {
            names.addAll(positionals.subList(1, positionals.size()));
        }
        return names;
    }
}
