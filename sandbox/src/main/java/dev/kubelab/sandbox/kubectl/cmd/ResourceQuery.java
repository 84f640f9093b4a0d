package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;

import java.util.List;

/** How get and describe read TYPE[/NAME] arguments with -n, -A, -l and --field-selector, and what they found. */
record ResourceQuery(boolean allNamespaces, String namespace, List<ResourceArgs.Request> requests,
                     ResourceFetch.Result found) {

    /** The query's result, or null when kubectl refuses it: the error is then printed and the exit code is 1. */
    static ResourceQuery fetch(ParsedArgs args, KubectlContext ctx, String verb) {
        boolean allNamespaces = args.bool("all-namespaces");
        String namespace = args.value(GlobalFlags.NAMESPACE, "default");
        try {
            List<ResourceArgs.Request> requests = ResourceArgs.parse(args.positionals());
            ResourceFetch.Result found = ResourceFetch.fetch(ctx, requests, allNamespaces ? null : namespace,
                    args.has("selector") ? args.value("selector", "") : null, fieldSelector(args), verb);
            return new ResourceQuery(allNamespaces, namespace, requests, found);
        } catch (ResourceArgs.ResourceArgsException e) {
            Errors.fail(ctx, e.getMessage());
        } catch (ResourceFetch.FetchException e) {
            if (e.fromServer) {
                ctx.io().err().println(e.getMessage());
            } else {
                Errors.fail(ctx, e.getMessage());
            }
        }
        return null;
    }

    /** --field-selector as cli-runtime's FieldSelectorParam keeps it: trimmed, and null when blank or absent. */
    static String fieldSelector(ParsedArgs args) {
        String value = args.has("field-selector") ? args.value("field-selector", "").strip() : "";
        return value.isEmpty() ? null : value;
    }

    /** The namespace to look in; null for all of them. */
    String scope() {
        return allNamespaces ? null : namespace;
    }
}
