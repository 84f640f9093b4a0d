package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;
import java.util.function.Function;

/**
 * `kubectl help [VERB [SUBCOMMAND…]]` (cobra's help command): the same page as `kubectl VERB … --help`; alone,
 * the summary bare kubectl prints. A topic cobra does not know gets "Unknown help topic" and the summary.
 */
final class HelpCommand implements KubectlCommand {
    private final Function<String, KubectlCommand> verbs;

    HelpCommand(Function<String, KubectlCommand> verbs) {
        this.verbs = verbs;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public List<Flag> flags() {
        return List.of();
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        List<String> words = args.positionals();
        if (words.isEmpty()) {
            ctx.io().out().print(HelpText.page("kubectl"));
            return 0;
        }
        KubectlCommand verb = verbs.apply(words.get(0));
        if (verb != null) {
            ctx.io().out().print(HelpText.of(verb, words.subList(1, words.size())));
            return 0;
        }
        if (Kubectl.REAL_COMMANDS.contains(words.get(0))) {
            return Kubectl.unknownCommand(words.get(0), ctx);
        }
        ctx.io().err().print("Unknown help topic [`" + String.join("` `", words) + "`]\n" + HelpText.page("kubectl"));
        return 0;
    }
}
