package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.watch.GetWatch;
import dev.kubelab.sandbox.kubectl.cmd.watch.SelectedEvents;
import dev.kubelab.sandbox.kubectl.cmd.watch.TableWatchPrinter;
import dev.kubelab.sandbox.kubectl.cmd.watch.WatchPrinter;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.kubectl.print.CustomColumnsPrinter;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.print.GoTemplatePrinter;
import dev.kubelab.sandbox.kubectl.print.PrintOptions;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.field.FieldLabels;
import dev.kubelab.sandbox.selector.field.FieldSelector;
import dev.kubelab.sandbox.store.WatchEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * `kubectl get -w / --watch-only` (get.go watch): one resource type only; prints the listing (not with
 * --watch-only), then keeps running in the foreground and prints each change of a listed object. Where the
 * command cannot keep running (a pipe, $(…)) it ends after the listing.
 */
final class GetWatching {
    private GetWatching() {
    }

    static boolean requested(ParsedArgs args) {
        return args.bool("watch") || args.bool("watch-only");
    }

    /** generic / columns: the -o printer when it is not a table (null otherwise). */
    static int run(ParsedArgs args, KubectlContext ctx, ResourceQuery query, GenericPrinter generic,
                   CustomColumnsPrinter columns) {
        ResourceFetch.Result found = query.found();
        Set<Kind> kinds = found.groups().stream().map(ResourceFetch.Group::kind).collect(Collectors.toSet());
        if (kinds.size() > 1 || query.requests().stream().map(ResourceArgs.Request::type).distinct().count() > 1) {
            return Errors.fail(ctx, "you may only specify a single resource type");
        }
        if (!found.errors().isEmpty() || found.groups().isEmpty()) {
            return ApiFailure.printAll(ctx, found.errors());
        }
        Kind kind = found.groups().get(0).kind();
        WatchPrinter printer = printer(args, ctx, kind, query, generic, columns);
        if (!args.bool("watch-only")) {
            List<WatchPrinter.Seen> listed = new ArrayList<>();
            found.objects().forEach(o -> listed.add(new WatchPrinter.Seen(WatchEvent.Type.ADDED, o)));
            ctx.io().out().print(printer.print(listed, ctx.now()));
        }
        if (ctx.jobs().mayStart()) {
            ctx.jobs().start(new GetWatch(ctx.store(), watched(args, ctx, kind, query), printer));
        }
        return 0;
    }

    private static SelectedEvents watched(ParsedArgs args, KubectlContext ctx, Kind kind, ResourceQuery query) {
        Set<String> names = query.requests().stream().map(ResourceArgs.Request::name).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Selector selector = args.has("selector") ? Selector.parse(args.value("selector", "")) : null;
        String fieldSelector = ResourceQuery.fieldSelector(args);
        FieldSelector fields = fieldSelector == null ? FieldSelector.everything()
                : FieldLabels.convert(kind, FieldSelector.parse(fieldSelector));
        String namespace = kind.namespaced() ? query.scope() : null;
        Predicate<KubeObject> scope = o -> o.kind() == kind
                && (namespace == null || namespace.equals(o.metadata().namespace()))
                && (names.isEmpty() || names.contains(o.metadata().name()));
        Predicate<KubeObject> selects = o -> (selector == null || selector.matches(o.metadata().labels()))
                && fields.matches(o);
        @SuppressWarnings("unchecked")
        Class<KubeObject> type = (Class<KubeObject>) kind.type();
        List<KubeObject> known = new ArrayList<>(ctx.store().list(type, namespace));
        return new SelectedEvents(scope, selects, known);
    }

    /** One watched object; a go-template that fails shows kubectl's debugging text for it. */
    private static String printed(GenericPrinter generic, WatchPrinter.Seen seen) {
        try {
            return generic.print(List.of(seen.object()), true);
        } catch (GoTemplatePrinter.ExecutionFailed e) {
            return e.output();
        }
    }

    private static WatchPrinter printer(ParsedArgs args, KubectlContext ctx, Kind kind, ResourceQuery query,
                                        GenericPrinter generic, CustomColumnsPrinter columns) {
        boolean events = args.bool("output-watch-events");
        if (columns != null) {
            CustomColumnsPrinter rowsOnly = CustomColumnsFormat.printer(args.value("output", ""), true, ctx);
            boolean[] headed = {false};
            return (seen, now) -> {
                CustomColumnsPrinter use = headed[0] ? rowsOnly : columns;
                headed[0] |= !seen.isEmpty();
                return use.print(seen.stream().map(WatchPrinter.Seen::object).toList());
            };
        }
        if (generic != null) {
            boolean yaml = args.value("output", "").equals("yaml");
            int[] printed = {0};
            return (seen, now) -> {
                StringBuilder text = new StringBuilder();
                for (WatchPrinter.Seen s : seen) {
                    text.append(yaml && printed[0]++ > 0 ? "---\n" : "").append(printed(generic, s));
                }
                return text.toString();
            };
        }
        List<String> labelColumns = new ArrayList<>();
        for (String key : args.value("label-columns", "").split(",")) {
            if (!key.isBlank()) {
                labelColumns.add(key.strip());
            }
        }
        PrintOptions options = new PrintOptions(args.value("output", "").equals("wide"),
                query.allNamespaces() && kind.namespaced(), false, args.bool("show-labels"), args.bool("no-headers"),
                labelColumns);
        return new TableWatchPrinter(kind, options, events);
    }
}
