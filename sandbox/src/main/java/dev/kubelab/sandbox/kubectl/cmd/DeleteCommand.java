package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.LowerKinds;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.Deletion;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.IntFlags;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl delete` (pkg/cmd/delete/delete.go): by name, TYPE/NAME, -f, -l or --all; prints
 * {@code pod "x" deleted} per object (the 1.32 form, without the namespace), NotFound errors after them.
 * It does not block while pods terminate: the output is the same, the controllers finish the deletion.
 */
public final class DeleteCommand implements KubectlCommand {
    private static final String FORCE_WARNING = "Warning: Immediate deletion does not wait for confirmation that the"
            + " running resource has been terminated. The resource may continue to run on the cluster indefinitely.";

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", 'f'), Flag.bool("recursive", 'R'), Flag.value("selector", 'l'),
                Flag.value("field-selector", '\0'), Flag.bool("all", '\0'), Flag.bool("all-namespaces", 'A'),
                Flag.value("grace-period", '\0'),
                Flag.bool("force", '\0'), Flag.bool("now", '\0'), Flag.value("wait", '\0'),
                Flag.bool("ignore-not-found", '\0'), Flag.value(DryRun.FLAG, '\0'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("cascade", '\0'), Flag.value("timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            DryRun dryRun = DryRun.of(args);
            int grace = gracePeriod(args);
            String output = args.value(ResultPrinter.OUTPUT, "");
            if (!output.isEmpty() && !output.equals("name")) {
                return ApiFailure.fail(ctx, "unexpected -o output mode: " + output + ", the flag 'output' must be"
                        + " one of yaml|json|jsonpath|name|go-template|go-template-file|template|templatefile|"
                        + "jsonpath-file|custom-columns|custom-columns-file|wide");
            }
            Targets.Found found = Targets.resolve(ctx, args.positionals(), args, true, false, "deleting");
            if (grace == 0) {
                ctx.io().err().println(FORCE_WARNING);
            }
            List<String> errors = new ArrayList<>(args.bool("ignore-not-found") ? List.of() : found.errors());
            for (KubeObject o : found.objects()) {
                try {
                    Deletion.delete(ctx, o, grace < 0 ? null : (long) grace, dryRun != DryRun.NONE);
                    print(ctx, o, output, grace, dryRun);
                } catch (StatusError e) {
                    errors.add(KubectlErrorText.of(e));
                }
            }
            if (found.objects().isEmpty() && errors.isEmpty() && found.errors().isEmpty()) {
                ctx.io().out().println("No resources found");
            }
            return ApiFailure.printAll(ctx, errors);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    /** --grace-period (default -1 = the object's own), 0 without --force becomes 1, --force alone means 0. */
    private static int gracePeriod(ParsedArgs args) {
        int grace = IntFlags.value(args, "grace-period", "--grace-period", -1, "delete");
        boolean force = args.bool("force");
        if (args.bool("now")) {
            if (grace != -1) {
                throw new UsageException("--now and --grace-period cannot be specified together");
            }
            grace = 1;
        }
        if (grace == 0 && !force) {
            grace = 1;
        }
        if (force && grace < 0) {
            grace = 0;
        }
        return grace;
    }

    private static void print(KubectlContext ctx, KubeObject o, String output, int grace, DryRun dryRun) {
        if (output.equals("name")) {
            ctx.io().out().println(ResultPrinter.nameOf(o));
            return;
        }
        String operation = grace == 0 ? "force deleted" : "deleted";
        ctx.io().out().println(LowerKinds.of(o) + " \"" + o.metadata().name() + "\" " + operation
                + dryRun.suffix());
    }
}
