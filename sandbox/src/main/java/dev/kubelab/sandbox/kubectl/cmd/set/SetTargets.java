package dev.kubelab.sandbox.kubectl.cmd.set;

import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.LocalTargets;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** What every `kubectl set` subcommand starts with: its printer and its objects (from -f alone with --local). */
record SetTargets(ResultPrinter printer, boolean local, Targets.Found found) {
    static SetTargets resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args) {
        ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
        boolean local = args.bool("local");
        if (local) {
            LocalTargets.refuseServerDryRun(printer.dryRun());
        }
        Targets.Found found = local ? LocalTargets.resolve(ctx, resourceArgs, args)
                : Targets.resolve(ctx, resourceArgs, args);
        return new SetTargets(printer, local, found);
    }

    /** The change goes to the API server (not with --local or --dry-run=client). */
    boolean writes() {
        return !local && printer.dryRun() != DryRun.CLIENT;
    }

    boolean serverDryRun() {
        return printer.dryRun() == DryRun.SERVER;
    }
}
