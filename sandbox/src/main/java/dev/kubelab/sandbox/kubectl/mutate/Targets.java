package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.SelectorException;
import dev.kubelab.sandbox.selector.field.FieldSelector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * resource.Builder for delete/label/annotate: TYPE NAME…, TYPE/NAME…, -f FILE, or TYPE with -l/--all, in
 * the namespace of -n (all of them with -A). Objects found, in order, and one NotFound line per missing name.
 */
public final class Targets {
    public record Found(List<KubeObject> objects, List<String> errors) {}

    private Targets() {
    }

    public static Found resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args) {
        return resolve(ctx, resourceArgs, args, true);
    }

    /** selects = false when the verb's --selector means something else (expose: the new Service's selector). */
    public static Found resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args, boolean selects) {
        return resolve(ctx, resourceArgs, args, selects, false);
    }

    /**
     * typeAlone = true for verbs whose builder allows an empty selector (rollout restart): a TYPE without a
     * name means every object of that type in the namespace.
     */
    public static Found resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args, boolean selects,
                                boolean typeAlone) {
        return resolve(ctx, resourceArgs, args, selects, typeAlone, null);
    }

    /**
     * fileVerb: for a verb that sends each -f object without fetching it first (delete: "deleting"), a missing
     * object's error names its file as cmdutil.AddSourceToErr does: {@code error when deleting "app.yaml": …}.
     */
    public static Found resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args, boolean selects,
                                boolean typeAlone, String fileVerb) {
        List<KubeObject> objects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean allNamespaces = args.bool("all-namespaces");
        String namespace = TargetNamespace.of(args);
        if (args.has("filename")) {
            if (!resourceArgs.isEmpty()) {
                throw new UsageException("Unexpected args: " + resourceArgs + "\nSee 'kubectl -h' for help and examples");
            }
            for (Manifests.Manifest m : Manifests.read(ctx, args.value("filename", ""), args.bool("recursive"))) {
                KubeObject placed = TargetNamespace.place(m.object(), args);
                Optional<StatusError> missing;
                if (placed instanceof GenericObject) {
                    GenericObject g = (GenericObject) placed;
                    GenericApplier.requireServed(ctx, g, m.tree(), m.source());
                    missing = GenericTargets.lookup(ctx, g.type(), g.metadata().namespace(), g.metadata().name(),
                            objects);
                } else {
                    missing = lookup(ctx, placed.kind(), placed.metadata().namespace(), placed.metadata().name(),
                            objects);
                }
                missing.ifPresent(e -> errors.add(fileVerb == null ? KubectlErrorText.of(e)
                        : KubectlErrorText.sourced(e, fileVerb, m.source())));
            }
            return new Found(objects, errors);
        }
        if (resourceArgs.isEmpty()) {
            throw new UsageException("You must provide one or more resources by argument or filename.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                    + "   '<resource> <name>'\n   '<resource>'");
        }
        String fieldSelector = args.has("field-selector") ? args.value("field-selector", "").strip() : "";
        boolean bySelector = selects && (args.has("selector") || !fieldSelector.isEmpty());
        Selector selector = selects && args.has("selector") ? selector(args) : Selector.everything();
        boolean everything = args.bool("all") || bySelector || typeAlone;
        List<ResourceArgs.Request> requests;
        try {
            requests = ResourceArgs.parse(resourceArgs);
        } catch (ResourceArgs.ResourceArgsException e) {
            throw new UsageException(e.getMessage());
        }
        for (ResourceArgs.Request r : requests) {
            Optional<GenericType> generic = GenericTargets.served(ctx, r.type());
            if (generic.isPresent()) {
                if (r.name() == null && !everything) {
                    throw new UsageException("resource(s) were provided, but no name was specified");
                }
                String ns = generic.get().namespaced() ? namespace : "";
                if (r.name() != null) {
                    GenericTargets.lookup(ctx, generic.get(), ns, r.name(), objects)
                            .ifPresent(e -> errors.add(KubectlErrorText.of(e)));
                } else {
                    GenericTargets.list(ctx, generic.get(), allNamespaces ? null : ns, selector, objects);
                }
                continue;
            }
            List<Kind> kinds = kinds(r.type());
            if (r.name() == null && !everything) {
                throw new UsageException("resource(s) were provided, but no name was specified");
            }
            if (r.name() != null && bySelector) {
                throw new UsageException("name cannot be provided when a selector is specified");
            }
            for (Kind kind : kinds) {
                String ns = kind.namespaced() ? (allNamespaces ? null : namespace) : "";
                if (r.name() != null) {
                    lookup(ctx, kind, ns == null ? namespace : ns, r.name(), objects)
                            .ifPresent(e -> errors.add(KubectlErrorText.of(e)));
                    continue;
                }
                Optional<FieldSelector> fields = TargetFields.of(kind, args.value("selector", ""), fieldSelector,
                        errors);
                for (KubeObject o : fields.isEmpty() ? List.<KubeObject>of() : ctx.store().list(kind.type(), ns)) {
                    if (selector.matches(o.metadata().labels()) && fields.get().matches(o)) {
                        objects.add(o);
                    }
                }
            }
        }
        return new Found(objects, errors);
    }

    private static List<Kind> kinds(String type) {
        if (type.equalsIgnoreCase("all")) {
            return ResourceTypes.ALL_CATEGORY;
        }
        Optional<Kind> kind = WritableTypes.resolve(type);
        if (kind.isEmpty()) {
            throw new UsageException(WritableTypes.unknown(type));
        }
        return List.of(kind.get());
    }

    private static Selector selector(ParsedArgs args) {
        try {
            return Selector.parse(args.value("selector", ""));
        } catch (SelectorException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<StatusError> lookup(KubectlContext ctx, Kind kind, String ns, String name,
                                                List<KubeObject> objects) {
        Optional<KubeObject> found = ctx.store().get((Class<KubeObject>) kind.type(), kind.namespaced() ? ns : "", name);
        found.ifPresent(objects::add);
        return found.isPresent() ? Optional.empty() : Optional.of(StatusError.notFound(kind, name));
    }
}
