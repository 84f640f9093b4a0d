package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Stdin;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.syntax.ShellKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * bash's read: one line (up to -d's character, at most -n characters) from stdin, split over the names by IFS
 * ({@link ReadFields}); REPLY gets the whole line without names; -a NAME stores every field (see
 * {@link Environment#setArray}). Without -r a backslash escapes the next character and joins a line ending in
 * it to the next. Status 1 at the end of input (the names are still set, to what was read).
 * <p>
 * The lab terminal cannot wait for keys inside a command line — the engine answers each typed line at once — so a
 * read from the terminal says so and ends as at end of input, instead of silently returning as if Ctrl-D was
 * pressed. It reads from pipes, here-strings, heredocs and files.
 */
public final class ReadBuiltin implements Builtin {
    static final String USAGE = "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars]"
            + " [-p prompt] [-t timeout] [-u fd] [name ...]";

    private final Environment env;

    public ReadBuiltin(Environment env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public int run(List<String> args, Streams io) {
        ReadOptions options = ReadOptions.parse(args);
        if (options.array != null && !env.shell().isBash()) { // ash's and dash's nextopt: no -a, no arrays
            io.err().println(env.shell().prefix() + "read: " + (env.shell() == ShellKind.ASH ? "illegal" : "Illegal")
                    + " option -a");
            return 2;
        }
        if (options.error != null) {
            io.err().println(env.shell().prefix() + "read: " + options.error);
            io.err().println(USAGE);
            return 2;
        }
        List<String> names = new ArrayList<>(options.names);
        if (options.array != null) {
            names.add(options.array);
        }
        for (String name : names) {
            if (!Environment.isName(name)) {
                // busybox's shell_builtin_read mimics bash with other quotes; dash's setvar refuses the name
                ShellKind shell = env.shell();
                io.err().println(shell.prefix() + "read: " + (shell.isBash() ? "`" + name + "': not a valid identifier"
                        : shell == ShellKind.ASH ? "'" + name + "': not a valid identifier" : name + ": bad variable name"));
                return shell == ShellKind.DASH ? 2 : 1;
            }
        }
        if (io.stdin().isTerminal()) {
            io.err().println(env.shell().prefix() + "read: this lab terminal cannot wait for typed input;"
                    + " read from a pipe, a file or a here-string (read x <<< \"text\")");
            return 1;
        }
        BitSet escaped = new BitSet();
        StringBuilder text = new StringBuilder();
        boolean ended = readInto(io.stdin(), options, text, escaped);
        assign(options, text.toString(), escaped);
        return ended ? 0 : 1;
    }

    /** Reads up to the delimiter (true) or to the end of input (false); -n's count also ends it (true). */
    private static boolean readInto(Stdin in, ReadOptions options, StringBuilder text, BitSet escaped) {
        while (options.count < 0 || text.length() < options.count) {
            int c = in.next();
            if (c < 0) {
                return false;
            }
            if (c == '\\' && !options.raw) {
                int next = in.next();
                if (next < 0) {
                    return false;
                }
                if (next != '\n') { // backslash-newline joins the lines
                    escaped.set(text.length());
                    text.append((char) next);
                }
                continue;
            }
            if (c == options.delimiter) {
                return true;
            }
            text.append((char) c);
        }
        return true;
    }

    private void assign(ReadOptions options, String line, BitSet escaped) {
        String ifs = env.get("IFS").orElse(" \t\n");
        if (options.array != null) {
            env.setArray(options.array, ReadFields.all(line, escaped, ifs));
            return;
        }
        if (options.names.isEmpty()) {
            env.set("REPLY", line);
            return;
        }
        List<String> values = ReadFields.split(line, escaped, ifs, options.names.size());
        for (int i = 0; i < values.size(); i++) {
            env.set(options.names.get(i), values.get(i));
        }
    }
}
