package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.builtin.ClearBuiltin;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExitBuiltin;
import dev.kubelab.sandbox.shell.builtin.HelpBuiltin;
import dev.kubelab.sandbox.shell.builtin.HistoryBuiltin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The learner's bash on the control plane: joins continuation lines, keeps history, runs builtins
 * and programs (kubectl); anything else is "command not found".
 */
public final class Shell {
    static final String CONTINUATION_PROMPT = "> ";

    private final History history = new History();
    private final Map<String, Builtin> builtins = new TreeMap<>();
    private final Kubectl kubectl;
    private final Prompt prompt = new Prompt("controlplane", "~");
    private String pending;

    /** Gives kubectl its view of the cluster (store, the clock's now) for one run. */
    private final Function<Streams, KubectlContext> kubectlContext;

    public Shell(Kubectl kubectl, Function<Streams, KubectlContext> kubectlContext) {
        this.kubectl = kubectl;
        this.kubectlContext = kubectlContext;
        for (Builtin b : List.of(new HelpBuiltin(), new ClearBuiltin(), new HistoryBuiltin(history),
                new EchoBuiltin(), new ExitBuiltin())) {
            builtins.put(b.name(), b);
        }
    }

    public Outcome exec(String line, Streams io) {
        String text = pending == null ? line : pending + line;
        Tokens tokens = Tokenizer.tokenize(text);
        if (tokens instanceof Tokens.Unfinished unfinished) {
            // bash drops a backslash-newline; an open quote keeps the newline inside the word.
            pending = unfinished.trailingBackslash() ? text.substring(0, text.length() - 1) : text + "\n";
            return new Outcome.More(CONTINUATION_PROMPT);
        }
        pending = null;
        if (text.isBlank()) {
            return new Outcome.Exit(0);
        }
        history.add(text);
        List<String> words = ((Tokens.Words) tokens).words();
        return new Outcome.Exit(words.isEmpty() ? 0 : run(words, io));
    }

    private int run(List<String> words, Streams io) {
        String command = words.get(0);
        List<String> args = words.subList(1, words.size());
        if (command.equals("kubectl")) {
            return kubectl.run(args, kubectlContext.apply(io));
        }
        Builtin builtin = builtins.get(command);
        if (builtin != null) {
            return builtin.run(args, io);
        }
        io.err().println(command + ": command not found");
        return 127;
    }

    /** Ctrl-C: forget a half-typed multi-line command. */
    public void interrupt() {
        pending = null;
    }

    public String prompt() {
        return pending == null ? prompt.text() : CONTINUATION_PROMPT;
    }

    public List<String> history() {
        return history.lines();
    }

    /** The words that may start a command line, sorted. */
    public List<String> commandNames() {
        List<String> names = new java.util.ArrayList<>(builtins.keySet());
        names.add("kubectl");
        names.sort(null);
        return names;
    }
}
