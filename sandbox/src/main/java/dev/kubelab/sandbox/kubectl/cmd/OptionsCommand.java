package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.HelpText;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** `kubectl options`: the flags every verb accepts (GlobalFlags), in kubectl's option layout. */
public final class OptionsCommand implements KubectlCommand {
    @Override
    public String name() {
        return "options";
    }

    @Override
    public List<Flag> flags() {
        return List.of();
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        ctx.io().out().print(HelpText.page("global-options"));
        return 0;
    }
}
