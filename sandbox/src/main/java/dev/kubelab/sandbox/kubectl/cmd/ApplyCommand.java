package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.apiserver.StatusReason;
import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.Applier;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.FieldValidation;
import dev.kubelab.sandbox.kubectl.mutate.Manifests;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl apply -f FILE|DIR|-` (pkg/cmd/apply/apply.go, client-side apply): "created", "configured" or
 * "unchanged" per object in file order; failures after the successes, a lone Invalid one rendered with its causes.
 */
public final class ApplyCommand implements KubectlCommand {
    @Override
    public String name() {
        return "apply";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", 'f'), Flag.bool("recursive", 'R'), Flag.value(DryRun.FLAG, '\0'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("validate", '\0'),
                Flag.value("field-manager", '\0'), Flag.bool("server-side", '\0'), Flag.bool("force", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
            FieldValidation validation = FieldValidation.of(args);
            if (!args.has("filename")) {
                return ApiFailure.fail(ctx, "must specify one of -f and -k");
            }
            List<Manifests.Manifest> manifests = Manifests.read(ctx, args.value("filename", ""),
                    args.bool("recursive"));
            if (manifests.isEmpty()) {
                return ApiFailure.fail(ctx, "no objects passed to apply");
            }
            List<String> errors = new ArrayList<>();
            List<StatusError> apiErrors = new ArrayList<>();
            for (Manifests.Manifest m : manifests) {
                try {
                    KubeObject placed = TargetNamespace.place(validation.sent(m, printer.dryRun(), ctx), args);
                    Applier.Outcome outcome = Applier.apply(ctx, m, placed, printer.dryRun());
                    printer.print(ctx, outcome.object(), outcome.operation());
                } catch (StatusError e) {
                    apiErrors.add(e);
                    errors.add(KubectlErrorText.sourced(e, "creating", m.source()));
                } catch (UsageException | CodecException e) {
                    errors.add("error: " + e.getMessage());
                }
            }
            if (errors.size() == 1 && apiErrors.size() == 1 && apiErrors.get(0).reason() == StatusReason.INVALID) {
                errors.set(0, KubectlErrorText.of(apiErrors.get(0)));
            }
            return ApiFailure.printAll(ctx, errors);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }
}
