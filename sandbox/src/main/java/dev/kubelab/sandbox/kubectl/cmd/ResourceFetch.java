package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.SelectorException;
import dev.kubelab.sandbox.selector.field.FieldLabels;
import dev.kubelab.sandbox.selector.field.FieldSelector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What resource.Builder does for get and describe: resolves the typed resource types (and the "all" category),
 * lists or fetches by name, filters by -l and --field-selector, and collects NotFound errors. Objects of the same
 * kind in a row share one group.
 */
final class ResourceFetch {
    /** Objects of one kind, in the order found. */
    record Group(Kind kind, List<KubeObject> objects) {}

    /** groups may contain empty ones (a listing that found nothing). */
    record Result(List<Group> groups, List<String> errors) {
        List<KubeObject> objects() {
            List<KubeObject> all = new ArrayList<>();
            groups.forEach(g -> all.addAll(g.objects()));
            return all;
        }

        boolean severalKinds() {
            return groups.stream().filter(g -> !g.objects().isEmpty()).map(Group::kind).distinct().count() > 1;
        }
    }

    /** A request kubectl refuses before asking the server; the message follows "error: " unless it is a server error. */
    static final class FetchException extends Exception {
        final boolean fromServer;

        FetchException(String message, boolean fromServer) {
            super(message, null, false, false);
            this.fromServer = fromServer;
        }
    }

    private ResourceFetch() {
    }

    /** namespace null = all namespaces; selector null = no -l. */
    static Result fetch(KubectlContext ctx, List<ResourceArgs.Request> requests, String namespace, String selector,
                        String verb) throws FetchException {
        return fetch(ctx, requests, namespace, selector, null, verb);
    }

    /** fieldSelector null = no --field-selector; a kind that cannot be selected by it adds the server's error. */
    static Result fetch(KubectlContext ctx, List<ResourceArgs.Request> requests, String namespace, String selector,
                        String fieldSelector, String verb) throws FetchException {
        List<Kind[]> kinds = new ArrayList<>();
        for (ResourceArgs.Request r : requests) {
            kinds.add(resolve(r.type(), verb));
            if (r.name() != null && namespace == null) {
                throw new FetchException("a resource cannot be retrieved by name across all namespaces", false);
            }
            if (r.name() != null && (selector != null || fieldSelector != null)) {
                throw new FetchException("name cannot be provided when a selector is specified", false);
            }
        }
        Selector parsed = null;
        FieldSelector fields = FieldSelector.everything();
        try {
            parsed = selector == null ? null : Selector.parse(selector);
            fields = fieldSelector == null ? fields : FieldSelector.parse(fieldSelector);
        } catch (SelectorException e) {
            String resource = ResourceTypes.groupVersionResource(kinds.get(0)[0]);
            throw new FetchException(e.kubectlMessage(resource, selector == null ? "" : selector,
                    fieldSelector == null ? "" : fieldSelector), true);
        }
        List<Group> groups = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            for (Kind kind : kinds.get(i)) {
                FieldSelector converted;
                try {
                    converted = FieldLabels.convert(kind, fields);
                } catch (SelectorException e) {
                    errors.add(e.kubectlMessage(ResourceTypes.groupVersionResource(kind),
                            selector == null ? "" : selector, fieldSelector));
                    continue;
                }
                fetchOne(ctx, kind, requests.get(i).name(), namespace, parsed, converted, groups, errors);
            }
        }
        return new Result(groups, errors);
    }

    /** MultipleTypesRequested: `all`, or more than one distinct type among TYPE1,TYPE2 NAME or TYPE/NAME args. */
    static boolean multipleTypesRequested(List<String> args) {
        if (args.size() == 1 && args.get(0).equals("all")) {
            return true;
        }
        Set<String> types = new LinkedHashSet<>();
        if (args.size() >= 2 && args.get(0).contains(",")) {
            for (String t : args.get(0).split(",")) {
                if (!t.isEmpty()) {
                    types.add(t);
                }
            }
        } else {
            for (String a : args) {
                if (a.contains("/")) {
                    types.add(a.substring(0, a.indexOf('/')));
                }
            }
        }
        return types.size() > 1;
    }

    private static Kind[] resolve(String type, String verb) throws FetchException {
        List<Kind> category = ResourceTypes.category(type);
        if (!category.isEmpty()) {
            return category.toArray(new Kind[0]);
        }
        Optional<Kind> kind = ResourceTypes.resolve(type);
        if (kind.isPresent()) {
            return new Kind[] {kind.get()};
        }
        throw new FetchException(ResourceTypes.knownButNotServedYet(type)
                ? "\"kubectl " + verb + " " + type + "\" is not available in this lab terminal yet"
                : "the server doesn't have a resource type \"" + type + "\"", false);
    }

    private static void fetchOne(KubectlContext ctx, Kind kind, String name, String namespace, Selector selector,
                                 FieldSelector fields, List<Group> groups, List<String> errors) {
        @SuppressWarnings("unchecked")
        Class<KubeObject> type = (Class<KubeObject>) kind.type();
        if (name == null) {
            List<KubeObject> found = new ArrayList<>();
            for (KubeObject o : ctx.store().list(type, namespace)) {
                if ((selector == null || selector.matches(o.metadata().labels())) && fields.matches(o)) {
                    found.add(o);
                }
            }
            groups.add(new Group(kind, found));
            return;
        }
        Optional<KubeObject> found = ctx.store().get(type, namespace, name);
        if (found.isEmpty()) {
            errors.add(Errors.notFound(kind, name));
        } else if (!groups.isEmpty() && groups.get(groups.size() - 1).kind() == kind) {
            groups.get(groups.size() - 1).objects().add(found.get());
        } else {
            groups.add(new Group(kind, new ArrayList<>(List.of(found.get()))));
        }
    }
}
