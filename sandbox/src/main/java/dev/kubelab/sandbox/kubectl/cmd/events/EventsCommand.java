package dev.kubelab.sandbox.kubectl.cmd.events;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.watch.GetWatch;
import dev.kubelab.sandbox.kubectl.cmd.watch.SelectedEvents;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.mutate.WritableTypes;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.print.GoTemplateFormat;
import dev.kubelab.sandbox.kubectl.print.GoTemplatePrinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * `kubectl events [--for TYPE/NAME] [--types=Normal,Warning] [-A] [-w] [-o FORMAT]` (pkg/cmd/events/events.go):
 * the namespace's events oldest first, in the events printer's own table, or as a List with -o; -w keeps printing
 * new ones until Ctrl-C.
 */
public final class EventsCommand implements KubectlCommand {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", 'A'), Flag.value("for", '\0'), Flag.value("types", '\0'),
                Flag.bool("watch", 'w'), Flag.bool("no-headers", '\0'), Flag.value("output", 'o'),
                Flag.value("chunk-size", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            boolean all = args.bool("all-namespaces");
            String namespace = TargetNamespace.of(args);
            GenericPrinter generic = printer(args, ctx);
            Predicate<Event> selected = forObject(args.value("for", "")).and(types(args.value("types", "")));
            Predicate<KubeObject> scope = o -> o.kind() == Kind.EVENT
                    && (all || namespace.equals(o.metadata().namespace())) && selected.test((Event) o);
            List<Event> events = new ArrayList<>();
            for (Event e : ctx.store().list(Event.class, all ? null : namespace)) {
                if (scope.test(e)) {
                    events.add(e);
                }
            }
            if (args.bool("watch")) {
                return watch(ctx, args, all, scope, events);
            }
            if (events.isEmpty()) {
                ctx.io().err().println(all ? "No events found." : "No events found in " + namespace + " namespace.");
                return 0;
            }
            events.sort(Comparator.comparing(EventRows::sortTime));
            if (generic != null) {
                ctx.io().out().print(generic.print(events, false));
                return 0;
            }
            EventsTable table = new EventsTable(args.bool("no-headers"), all);
            ctx.io().out().print(table.rows(events, ctx.now()));
            return 0;
        } catch (UsageException | IllegalArgumentException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        } catch (GoTemplatePrinter.ExecutionFailed e) {
            ctx.io().out().print(e.output());
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    /** events.go runWatch: the watch starts with the events there are (in storage order), then each new one. */
    private static int watch(KubectlContext ctx, ParsedArgs args, boolean all, Predicate<KubeObject> scope,
                             List<Event> existing) {
        EventsTable table = new EventsTable(args.bool("no-headers"), all);
        ctx.io().out().print(table.rows(existing, ctx.now()));
        if (ctx.jobs().mayStart()) {
            List<KubeObject> known = new ArrayList<>(existing);
            ctx.jobs().start(new GetWatch(ctx.store(), new SelectedEvents(scope, o -> true, known), table));
        }
        return 0;
    }

    /** -o as PrintFlags takes it; null for the events table. */
    private static GenericPrinter printer(ParsedArgs args, KubectlContext ctx) {
        String format = GoTemplateFormat.format(args);
        if (format.isEmpty()) {
            return null;
        }
        GenericPrinter printer = GenericPrinter.forOutput(format, args, ctx.fileSystem());
        if (printer != null) {
            return printer;
        }
        String notYet = GenericPrinter.notYetAvailable(format);
        throw notYet != null ? new UsageException(notYet) : ResultPrinter.unknownFormat(format);
    }

    /** --for TYPE/NAME: events whose involvedObject is that object (decodeResourceTypeName's errors). */
    private static Predicate<Event> forObject(String value) {
        if (value.isEmpty()) {
            return e -> true;
        }
        if (!value.contains("/")) {
            throw new UsageException("--for must be in resource/name form");
        }
        String[] parts = value.split("/", -1);
        if (parts.length != 2) {
            throw new UsageException("arguments in resource/name form may not have more than one slash");
        }
        Kind kind = WritableTypes.resolve(parts[0]).orElseThrow(
                () -> new UsageException(WritableTypes.unknown(parts[0].toLowerCase(Locale.ROOT))));
        return e -> kind.kindName().equals(e.involvedObject().kind()) && parts[1].equals(e.involvedObject().name());
    }

    /** --types: Normal and/or Warning, any case. */
    private static Predicate<Event> types(String value) {
        if (value.isEmpty()) {
            return e -> true;
        }
        List<String> wanted = List.of(value.split(","));
        for (String t : wanted) {
            if (!t.equalsIgnoreCase("Normal") && !t.equalsIgnoreCase("Warning")) {
                throw new UsageException("valid --types are Normal or Warning");
            }
        }
        return e -> wanted.stream().anyMatch(t -> t.equalsIgnoreCase(e.type()));
    }
}
