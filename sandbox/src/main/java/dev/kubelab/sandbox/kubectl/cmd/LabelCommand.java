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
 * `kubectl label TYPE NAME k=v … [k-] [--overwrite]` (pkg/cmd/label/label.go): "labeled", "unlabeled" or
 * "not labeled" per object; a changed value without --overwrite is refused.
 */
public final class LabelCommand implements KubectlCommand {
    @Override
    public String name() {
        return "label";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("overwrite", '\0'), Flag.value("selector", 'l'), Flag.bool("all", '\0'),
                Flag.bool("all-namespaces", 'A'), Flag.value("filename", 'f'), Flag.value(ResultPrinter.OUTPUT, 'o'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            KeyUpdates updates = KeyUpdates.parse(args.positionals(), true);
            Targets.Found found = Targets.resolve(ctx, updates.resourceArgs(), args);
            List<String> errors = new ArrayList<>(found.errors());
            for (KubeObject o : found.objects()) {
                Map<String, String> current = o.metadata().labels();
                if (!args.bool("overwrite")) {
                    List<String> conflicts = updates.conflicts(current);
                    if (!conflicts.isEmpty()) {
                        conflicts.forEach(c -> ctx.io().err().println("error: " + c + ", and --overwrite is false"));
                        return 1;
                    }
                }
                for (String key : updates.removals()) {
                    if (!current.containsKey(key)) {
                        ctx.io().out().println("label \"" + key + "\" not found.");
                    }
                }
                Map<String, String> next = updates.applyTo(current);
                String message = "not labeled";
                if (!next.equals(current)) {
                    message = !args.bool("overwrite") && size(next) < size(current) ? "unlabeled" : "labeled";
                    try {
                        ctx.api().update(o.withMetadata(o.metadata().withLabels(next)));
                    } catch (StatusError e) {
                        errors.add(KubectlErrorText.of(e));
                        continue;
                    }
                }
                ctx.io().out().println(ResultPrinter.nameOf(o) + " " + message);
            }
            errors.forEach(ctx.io().err()::println);
            return errors.isEmpty() ? 0 : 1;
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    /** How long the labels are when serialised: kubectl says "unlabeled" when the object got shorter. */
    private static int size(Map<String, String> labels) {
        int n = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            n += e.getKey().length() + e.getValue().length() + 6;
        }
        return n;
    }

    @Override
    public String help() {
        return """
                Update the labels on a resource.

                Examples:
                  kubectl label pods web tier=frontend
                  kubectl label pods web tier=backend --overwrite
                  kubectl label pods web tier-
                  kubectl label svc web env=lab

                Options:
                      --overwrite        Allow changing a label that already has a value
                  -l, --selector QUERY   Label every object that matches
                      --all              Label every object of the type

                Usage:
                  kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [options]
                """;
    }
}
