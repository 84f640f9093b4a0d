package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.KeyUpdates;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What `kubectl label` and `kubectl annotate` share: KEY=VALUE / KEY- arguments applied to one metadata map of
 * every target, refused on a changed value without --overwrite, then one {@code NAME result} line per object.
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

    /** Anything to say about an object before it is changed (label: removed keys it did not have). */
    void beforeUpdate(KubectlContext ctx, KeyUpdates updates, Map<String, String> current) {
    }

    /** The word after the object's name: "annotated", "labeled", … */
    abstract String result(Map<String, String> current, Map<String, String> next, boolean overwrite);

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("overwrite", '\0'), Flag.value("selector", 'l'), Flag.bool("all", '\0'),
                Flag.value("field-selector", '\0'),
                Flag.bool("all-namespaces", 'A'), Flag.value("filename", 'f'), Flag.value(ResultPrinter.OUTPUT, 'o'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            KeyUpdates updates = KeyUpdates.parse(args.positionals(), labels);
            Targets.Found found = Targets.resolve(ctx, updates.resourceArgs(), args);
            List<String> errors = new ArrayList<>(found.errors());
            boolean overwrite = args.bool("overwrite");
            for (KubeObject o : found.objects()) {
                Map<String, String> current = keysOf(o);
                if (!overwrite) {
                    List<String> conflicts = updates.conflicts(current);
                    if (!conflicts.isEmpty()) {
                        return refuse(ctx, conflicts);
                    }
                }
                beforeUpdate(ctx, updates, current);
                Map<String, String> next = updates.applyTo(current);
                String result = result(current, next, overwrite);
                if (!next.equals(current)) {
                    try {
                        ctx.api().update(withKeys(o, next));
                    } catch (StatusError e) {
                        errors.add(KubectlErrorText.of(e));
                        continue;
                    }
                }
                ctx.io().out().println(ResultPrinter.nameOf(o) + " " + result);
            }
            return ApiFailure.printAll(ctx, errors);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }
}
