package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure.SourcedError;
import dev.kubelab.sandbox.kubectl.mutate.CreateDefaults;
import dev.kubelab.sandbox.kubectl.mutate.Deletion;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.FieldValidation;
import dev.kubelab.sandbox.kubectl.mutate.Manifests;
import dev.kubelab.sandbox.kubectl.mutate.Replacement;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `kubectl replace -f FILE [--force]` (pkg/cmd/replace): a PUT of each manifest's object, "service/web replaced".
 * An object that does not exist is NotFound ("error when replacing"); a stale resourceVersion in the file is a
 * Conflict. --force deletes every object first ("service \"web\" deleted"), then creates them again.
 */
public final class ReplaceCommand implements KubectlCommand {
    @Override
    public String name() {
        return "replace";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", 'f'), Flag.bool("recursive", 'R'), Flag.bool("force", '\0'),
                Flag.value(DryRun.FLAG, '\0'), Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("validate", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (args.value("filename", "").isEmpty()) {
            return ApiFailure.usage(ctx, "Must specify --filename to replace", "replace");
        }
        return ApiFailure.guarded(ctx, () -> {
            ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
            FieldValidation validation = FieldValidation.of(args);
            List<Manifests.Manifest> manifests = Manifests.read(ctx, args.value("filename", ""),
                    args.bool("recursive"));
            if (manifests.isEmpty()) {
                throw new UsageException("no objects passed to replace");
            }
            List<SourcedError> errors = new ArrayList<>();
            List<KubeObject> placed = new ArrayList<>();
            for (Manifests.Manifest m : manifests) {
                try {
                    placed.add(TargetNamespace.place(validation.sent(m, printer.dryRun(), ctx), args));
                } catch (UsageException e) {
                    errors.add(SourcedError.plain(e.getMessage()));
                    placed.add(null);
                } catch (StatusError e) {
                    errors.add(SourcedError.api(e, m.source(), "replacing"));
                    placed.add(null);
                }
            }
            if (args.bool("force")) {
                forceReplace(ctx, printer, manifests, placed, errors);
            } else {
                replace(ctx, printer, manifests, placed, errors);
            }
            ApiFailure.printSourced(ctx, errors);
            return errors.isEmpty() ? 0 : 1;
        });
    }

    private static void replace(KubectlContext ctx, ResultPrinter printer, List<Manifests.Manifest> manifests,
                                List<KubeObject> placed, List<SourcedError> errors) {
        for (int i = 0; i < manifests.size(); i++) {
            KubeObject object = placed.get(i);
            if (object == null) {
                continue;
            }
            Manifests.Manifest m = manifests.get(i);
            try {
                KubeObject live = ctx.api().get(object.kind().type(), object.metadata().namespace(),
                        object.metadata().name());
                KubeObject desired = Replacement.of(object, live, m.source());
                KubeObject shown = printer.dryRun() == DryRun.CLIENT ? desired
                        : ctx.api().update(desired, printer.dryRun() == DryRun.SERVER);
                printer.print(ctx, shown, "replaced");
            } catch (StatusError e) {
                errors.add(SourcedError.api(e, m.source(), "replacing"));
            }
        }
    }

    /** forceReplace: every object is deleted (a missing one is skipped), then all are created again. */
    private static void forceReplace(KubectlContext ctx, ResultPrinter printer, List<Manifests.Manifest> manifests,
                                     List<KubeObject> placed, List<SourcedError> errors) {
        boolean dryRun = printer.dryRun() != DryRun.NONE;
        for (KubeObject object : placed) {
            if (object == null) {
                continue;
            }
            Optional<? extends KubeObject> live = ctx.api().find(object.kind().type(), object.metadata().namespace(),
                    object.metadata().name());
            if (live.isPresent()) {
                // Pods go at once: the engine cannot wait for the kubelet as kubectl does before creating again.
                Deletion.delete(ctx, live.get(), object.kind() == Kind.POD ? 0L : null, dryRun);
                ctx.io().out().println(object.kind().qualifiedLowerKind() + " \"" + object.metadata().name()
                        + "\" deleted" + printer.dryRun().suffix());
            }
        }
        for (int i = 0; i < manifests.size(); i++) {
            KubeObject object = placed.get(i);
            if (object == null) {
                continue;
            }
            try {
                KubeObject fresh = object.withMetadata(object.metadata().withResourceVersion(""));
                KubeObject shown = printer.dryRun() == DryRun.CLIENT ? fresh
                        : ctx.api().create(CreateDefaults.apply(fresh), printer.dryRun() == DryRun.SERVER);
                printer.print(ctx, shown, "replaced");
            } catch (StatusError e) {
                errors.add(SourcedError.api(e, manifests.get(i).source(), "replacing"));
            }
        }
    }
}
