package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.family.BareVerb;
import dev.kubelab.sandbox.kubectl.cmd.set.SetImage;
import dev.kubelab.sandbox.kubectl.cmd.set.SetSelector;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** `kubectl set image|selector …` (pkg/cmd/set): the flags of both, and the subcommand that runs. */
public final class SetCommand implements KubectlCommand {
    @Override
    public String name() {
        return "set";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("selector", 'l'), Flag.bool("all", '\0'), Flag.value("filename", 'f'),
                Flag.bool("recursive", 'R'), Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value(DryRun.FLAG, '\0'),
                Flag.bool("local", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("image", "selector");
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (BareVerb.printedHelp(args, ctx, help())) {
            return 0;
        }
        String sub = args.positionals().get(0);
        if (sub.equals("image")) {
            return SetImage.run(args, ctx);
        }
        if (sub.equals("selector")) {
            return SetSelector.run(args, ctx);
        }
        return ApiFailure.fail(ctx, "\"kubectl set " + sub + "\" is not available in this lab terminal yet.");
    }
}
