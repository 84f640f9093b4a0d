package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.cmd.AnnotateCommand;
import dev.kubelab.sandbox.kubectl.cmd.ApplyCommand;
import dev.kubelab.sandbox.kubectl.cmd.ClusterInfoCommand;
import dev.kubelab.sandbox.kubectl.cmd.CreateCommand;
import dev.kubelab.sandbox.kubectl.cmd.DeleteCommand;
import dev.kubelab.sandbox.kubectl.cmd.ExecCommand;
import dev.kubelab.sandbox.kubectl.cmd.ExposeCommand;
import dev.kubelab.sandbox.kubectl.cmd.GetCommand;
import dev.kubelab.sandbox.kubectl.cmd.LabelCommand;
import dev.kubelab.sandbox.kubectl.cmd.RunCommand;
import dev.kubelab.sandbox.kubectl.cmd.RolloutCommand;
import dev.kubelab.sandbox.kubectl.cmd.SetCommand;
import dev.kubelab.sandbox.kubectl.cmd.LogsCommand;
import dev.kubelab.sandbox.kubectl.cmd.OptionsCommand;
import dev.kubelab.sandbox.kubectl.cmd.ApiResourcesCommand;
import dev.kubelab.sandbox.kubectl.cmd.ApiVersionsCommand;
import dev.kubelab.sandbox.kubectl.cmd.ConfigCommand;
import dev.kubelab.sandbox.kubectl.cmd.TopCommand;
import dev.kubelab.sandbox.kubectl.cmd.AuthCommand;
import dev.kubelab.sandbox.kubectl.cmd.WaitCommand;
import dev.kubelab.sandbox.kubectl.cmd.ExplainCommand;
import dev.kubelab.sandbox.kubectl.cmd.ScaleCommand;
import dev.kubelab.sandbox.kubectl.cmd.VersionCommand;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.FlagParseException;
import dev.kubelab.sandbox.kubectl.parse.FlagParser;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.refused.ConnectionRefused;
import dev.kubelab.sandbox.shell.pod.PodLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The kubectl binary: finds the verb (global flags may come first, as cobra allows), parses the
 * verb's flags and runs it; prints cobra/kubectl's messages for unknown verbs and flags.
 */
public final class Kubectl {
    /** Every top-level command of kubectl 1.32, for "Did you mean this?" suggestions. */
    static final List<String> REAL_COMMANDS = List.of("annotate", "api-resources", "api-versions",
            "apply", "attach", "auth", "autoscale", "certificate", "cluster-info", "completion", "config", "cordon",
            "cp", "create", "debug", "delete", "describe", "diff", "drain", "edit", "events", "exec", "explain",
            "expose", "get", "help", "kustomize", "label", "logs", "options", "patch", "plugin", "port-forward",
            "proxy", "replace", "rollout", "run", "scale", "set", "taint", "top", "uncordon", "version", "wait");

    private final Map<String, KubectlCommand> commands = new TreeMap<>();

    public Kubectl() {
        this(() -> PodLogin.NONE);
    }

    /** login: the terminal's way into containers, for exec and run -it (looked up when used). */
    public Kubectl(Supplier<PodLogin> login) {
        commands.put("exec", new ExecCommand(login));
        commands.put("attach", new dev.kubelab.sandbox.kubectl.cmd.AttachCommand(login));
        for (KubectlCommand c : List.of(new GetCommand(), new VersionCommand(), new ClusterInfoCommand(),
                new CreateCommand(), new DeleteCommand(), new ApplyCommand(),
                new ExposeCommand(), new ScaleCommand(), new LabelCommand(), new AnnotateCommand(),
                new RunCommand(login), new RolloutCommand(), new SetCommand(), new LogsCommand(),
                new ApiResourcesCommand(), new ApiVersionsCommand(), new ConfigCommand(), new TopCommand(),
                new AuthCommand(), new WaitCommand(), new ExplainCommand(),
                new dev.kubelab.sandbox.kubectl.cmd.PatchCommand(), new dev.kubelab.sandbox.kubectl.cmd.EditCommand(),
                new dev.kubelab.sandbox.kubectl.cmd.PortForwardCommand(),
                new dev.kubelab.sandbox.kubectl.cmd.events.EventsCommand())) {
            commands.put(c.name(), c);
        }
        commands.put("describe", new dev.kubelab.sandbox.kubectl.cmd.DescribeCommand());
        commands.put("replace", new dev.kubelab.sandbox.kubectl.cmd.ReplaceCommand());
        commands.put("options", new OptionsCommand());
        commands.put("help", new HelpCommand(commands::get));
    }

    /** The verbs this terminal implements, sorted. */
    public List<String> verbs() {
        return List.copyOf(commands.keySet());
    }

    /** The command behind a verb, or null. */
    KubectlCommand command(String verb) {
        return commands.get(verb);
    }

    /** Runs `kubectl args…`; returns the exit code. */
    public int run(List<String> args, KubectlContext ctx) {
        int verbAt = verbIndex(args);
        if (verbAt < 0) {
            return runRoot(args, ctx);
        }
        String verb = args.get(verbAt);
        KubectlCommand command = commands.get(verb);
        if (command == null) {
            return unknownCommand(verb, ctx);
        }
        List<String> rest = new ArrayList<>(args);
        rest.remove(verbAt);
        List<Flag> flags = new ArrayList<>(command.flags());
        flags.addAll(GlobalFlags.ALL);
        ParsedArgs parsed;
        try {
            parsed = new FlagParser(flags).parse(rest);
        } catch (FlagParseException e) {
            ctx.io().err().println("error: " + e.getMessage());
            ctx.io().err().println("See 'kubectl " + verb + " --help' for usage.");
            return 1;
        }
        if (parsed.bool(GlobalFlags.HELP)) {
            ctx.io().out().print(HelpText.of(command, parsed.positionals()));
            return 0;
        }
        if (!ctx.api().serving(ctx.now()) && ConnectionRefused.needsServer(verb, parsed, ctx)) {
            return ConnectionRefused.print(verb, parsed, ctx); // the API server's static pod is restarting
        }
        return command.run(parsed, ctx);
    }

    /** Bare `kubectl` (maybe with global flags only) prints the help summary, like kubectl's root runHelp. */
    private int runRoot(List<String> args, KubectlContext ctx) {
        try {
            new FlagParser(GlobalFlags.ALL).parse(args);
        } catch (FlagParseException e) {
            ctx.io().err().println("error: " + e.getMessage());
            ctx.io().err().println("See 'kubectl --help' for usage.");
            return 1;
        }
        ctx.io().out().print(HelpText.page("kubectl"));
        return 0;
    }

    /**
     * kubectl 1.32 runs cobra with errors silenced and prints them itself (cmdutil.CheckErr), so the
     * message is "error: unknown command …" plus cobra's suggestions, without cobra's "Run … --help" line.
     */
    static int unknownCommand(String verb, KubectlContext ctx) {
        if (REAL_COMMANDS.contains(verb)) {
            ctx.io().err().println("error: \"kubectl " + verb + "\" is not available in this lab terminal yet."
                    + " Type 'help' to see what works here.");
            return 1;
        }
        StringBuilder msg = new StringBuilder("error: unknown command \"" + verb + "\" for \"kubectl\"");
        List<String> suggestions = Suggestions.forTypo(verb, REAL_COMMANDS);
        if (!suggestions.isEmpty()) {
            msg.append("\n\nDid you mean this?\n");
            suggestions.forEach(s -> msg.append('\t').append(s).append('\n'));
        } else {
            msg.append('\n');
        }
        ctx.io().err().print(msg.toString());
        return 1;
    }

    /** Index of the first argument that is not a flag or a global flag's value; -1 if none. */
    static int verbIndex(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                return i + 1 < args.size() ? i + 1 : -1;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                return i;
            }
            if (GlobalFlags.consumesNext(a)) {
                i++;
            }
        }
        return -1;
    }
}
