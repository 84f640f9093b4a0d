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

/** `kubectl annotate TYPE NAME k=v … [k-] [--overwrite]` (pkg/cmd/annotate): "annotated" per object. */
public final class AnnotateCommand implements KubectlCommand {
    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("overwrite", '\0'), Flag.value("selector", 'l'), Flag.bool("all", '\0'),
                Flag.bool("all-namespaces", 'A'), Flag.value("filename", 'f'), Flag.value(ResultPrinter.OUTPUT, 'o'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            KeyUpdates updates = KeyUpdates.parse(args.positionals(), false);
            Targets.Found found = Targets.resolve(ctx, updates.resourceArgs(), args);
            List<String> errors = new ArrayList<>(found.errors());
            for (KubeObject o : found.objects()) {
                Map<String, String> current = o.metadata().annotations();
                if (!args.bool("overwrite")) {
                    List<String> conflicts = updates.conflicts(current);
                    if (!conflicts.isEmpty()) {
                        return ApiFailure.fail(ctx, "--overwrite is false but found the following declared"
                                + " annotation(s): " + String.join("; ", conflicts));
                    }
                }
                Map<String, String> next = updates.applyTo(current);
                if (!next.equals(current)) {
                    try {
                        ctx.api().update(o.withMetadata(o.metadata().withAnnotations(next)));
                    } catch (StatusError e) {
                        errors.add(KubectlErrorText.of(e));
                        continue;
                    }
                }
                ctx.io().out().println(ResultPrinter.nameOf(o) + " annotated");
            }
            errors.forEach(ctx.io().err()::println);
            return errors.isEmpty() ? 0 : 1;
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                Update the annotations on a resource.

                Examples:
                  kubectl annotate svc web description='my frontend'
                  kubectl annotate svc web description='the frontend' --overwrite
                  kubectl annotate svc web description-

                Usage:
                  kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [options]
                """;
    }
}
