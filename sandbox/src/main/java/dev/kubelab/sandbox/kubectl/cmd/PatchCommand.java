package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.codec.ManifestParser;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.patch.ObjectPatcher;
import dev.kubelab.sandbox.kubectl.patch.PatchRejected;
import dev.kubelab.sandbox.kubectl.patch.PatchType;
import dev.kubelab.sandbox.text.GoQuote;

import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (pkg/cmd/patch): the patch is read as YAML or
 * JSON, applied to each object as the API server would ({@link ObjectPatcher}) and stored through the API server,
 * whose validation still applies; prints "service/web patched", or "patched (no change)".
 */
public final class PatchCommand implements KubectlCommand {
    @Override
    public String name() {
        return "patch";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("patch", 'p'), Flag.value("patch-file", '\0'), Flag.value("type", '\0'),
                Flag.value("filename", 'f'), Flag.bool("recursive", 'R'), Flag.value(DryRun.FLAG, '\0'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("field-manager", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        return ApiFailure.guarded(ctx, () -> {
            String text = patchText(ctx, args);
            PatchType type = PatchType.of(args.value("type", ""));
            ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
            Object patch;
            try {
                patch = ManifestParser.firstDocument(text);
            } catch (CodecException e) {
                throw new UsageException("unable to parse " + GoQuote.quote(text) + ": " + e.getMessage());
            }
            Targets.Found found = Targets.resolve(ctx, args.positionals(), args, false);
            List<String> errors = new ArrayList<>(found.errors());
            for (KubeObject live : found.objects()) {
                try {
                    patchOne(ctx, printer, live, type, patch);
                } catch (PatchRejected e) {
                    errors.add(e.getMessage());
                } catch (StatusError e) {
                    errors.add(KubectlErrorText.of(e));
                }
            }
            if (found.objects().isEmpty() && errors.isEmpty()) {
                errors.add("error: no objects passed to patch");
            }
            return ApiFailure.printAll(ctx, errors);
        });
    }

    private static void patchOne(KubectlContext ctx, ResultPrinter printer, KubeObject live, PatchType type,
                                 Object patch) {
        ObjectPatcher.Result result = ObjectPatcher.apply(live, type, patch);
        KubeObject shown = result.object();
        if (result.changed() && printer.dryRun() != DryRun.CLIENT) {
            shown = ctx.api().update(result.object(), printer.dryRun() == DryRun.SERVER);
        }
        printer.print(ctx, shown, result.changed() ? "patched" : "patched (no change)", false);
    }

    /** -p, or the contents of --patch-file; exactly one of them. */
    private static String patchText(KubectlContext ctx, ParsedArgs args) {
        String inline = args.value("patch", "");
        String file = args.value("patch-file", "");
        if (!inline.isEmpty() && !file.isEmpty()) {
            throw new UsageException("cannot specify --patch and --patch-file together");
        }
        if (inline.isEmpty() && file.isEmpty()) {
            throw new UsageException("must specify --patch or --patch-file containing the contents of the patch");
        }
        if (inline.isEmpty()) {
            return ctx.fileSystem().read(file).orElseThrow(() -> new UsageException(
                    "unable to read patch file: open " + file + ": no such file or directory"));
        }
        return inline;
    }
}
