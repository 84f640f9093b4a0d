package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.LowerKinds;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.KeyUpdates;
import dev.kubelab.sandbox.kubectl.mutate.LocalTargets;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What `kubectl label` and `kubectl annotate` share: KEY=VALUE / KEY- arguments applied to one metadata map of
 * every target, refused on a changed value without --overwrite, then one {@code NAME result} line per object
 * (or the object with -o). --local changes the objects of -f files without the server, --dry-run shows the change
 * without keeping it, --list prints the keys.
 */
abstract class MetadataKeysCommand implements KubectlCommand {
    private final boolean labels;

    /** labels = true also validates the values as label values (annotations only check keys). */
    MetadataKeysCommand(boolean labels) {
        this.labels = labels;
    }

    /** The labels or the annotations of an object. */
    abstract Map<String, String> keysOf(KubeObject o);

    /** The object with its labels or annotations replaced. */
    abstract KubeObject withKeys(KubeObject o, Map<String, String> next);

    /** Reports the conflicts --overwrite=false forbids; returns the exit code. */
    abstract int refuse(KubectlContext ctx, List<String> conflicts);

    /** Anything to say about an object before it is changed on the server (label: removed keys it did not have). */
    void beforeUpdate(KubectlContext ctx, KeyUpdates updates, Map<String, String> current) {
    }

    /** The word after the object's name: "annotated", "labeled", … */
    abstract String result(Map<String, String> current, Map<String, String> next, boolean overwrite);

    /** The sample file the --local errors name: label says pod.yaml, annotate rsrc.yaml. */
    abstract String sampleFile();

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("overwrite", '\0'), Flag.value("selector", 'l'), Flag.bool("all", '\0'),
                Flag.value("field-selector", '\0'), Flag.bool("all-namespaces", 'A'), Flag.value("filename", 'f'),
                Flag.bool("recursive", 'R'), Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.bool("local", '\0'),
                Flag.bool("list", '\0'), Flag.value(DryRun.FLAG, '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            KeyUpdates updates = KeyUpdates.parse(args.positionals(), labels);
            ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
            boolean local = args.bool("local");
            boolean list = args.bool("list");
            if (local) {
                checkLocal(args, updates, printer.dryRun());
            }
            if (updates.isEmpty() && !list) {
                throw new UsageException("at least one " + (labels ? "label" : "annotation") + " update is required");
            }
            Targets.Found found = local ? LocalTargets.resolve(ctx, updates.resourceArgs(), args)
                    : Targets.resolve(ctx, updates.resourceArgs(), args);
            List<String> errors = new ArrayList<>(found.errors());
            boolean overwrite = args.bool("overwrite");
            boolean onServer = !local && !list && printer.dryRun() != DryRun.CLIENT;
            for (KubeObject o : found.objects()) {
                Map<String, String> current = keysOf(o);
                if (!overwrite) {
                    List<String> conflicts = updates.conflicts(current);
                    if (!conflicts.isEmpty()) {
                        return refuse(ctx, conflicts);
                    }
                }
                if (onServer) {
                    beforeUpdate(ctx, updates, current);
                }
                Map<String, String> next = updates.applyTo(current);
                KubeObject changed = withKeys(o, next);
                if (onServer && !next.equals(current)) {
                    try {
                        changed = ctx.api().update(changed, printer.dryRun() == DryRun.SERVER);
                    } catch (StatusError e) {
                        errors.add(KubectlErrorText.of(e));
                        continue;
                    }
                }
                if (list) {
                    list(ctx, changed, found.objects().size() == 1);
                } else {
                    printer.print(ctx, changed, result(current, next, overwrite), local);
                }
            }
            return ApiFailure.printAll(ctx, errors);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    /** label.go / annotate.go Validate for --local. */
    private void checkLocal(ParsedArgs args, KeyUpdates updates, DryRun dryRun) {
        LocalTargets.refuseServerDryRun(dryRun);
        String file = sampleFile();
        String json = file.replace(".yaml", ".json");
        if (!updates.resourceArgs().isEmpty()) {
            throw new UsageException("can only use local files by -f " + file + " or --filename=" + json
                    + " when --local=true is set");
        }
        if (!args.has("filename")) {
            throw new UsageException("one or more files must be specified as -f " + file + " or --filename=" + json);
        }
    }

    /** --list: KEY=VALUE lines; with several objects each gets a "Listing labels for Kind.group/name:" header. */
    private void list(KubectlContext ctx, KubeObject o, boolean one) {
        String indent = "";
        if (!one) {
            indent = " ";
            ctx.io().out().println("Listing " + (labels ? "labels" : "annotations") + " for "
                    + LowerKinds.kindDotGroup(o) + "/" + o.metadata().name() + ":");
        }
        for (Map.Entry<String, String> e : new TreeMap<>(keysOf(o)).entrySet()) {
            ctx.io().out().println(indent + e.getKey() + "=" + e.getValue());
        }
    }
}
