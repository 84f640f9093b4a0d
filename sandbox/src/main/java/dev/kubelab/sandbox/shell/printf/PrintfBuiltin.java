package dev.kubelab.sandbox.shell.printf;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.text.BusyboxApplet;

import java.util.List;

/**
 * printf as bash's builtin (`printf [-v var] format [arguments]`, complaints as "-bash: printf: …" on a node,
 * "bash: printf: …" in a container) or as busybox's (ash's builtin says "sh: …", the applet run directly
 * "printf: …"). bash's stdout to the terminal is line-buffered while its complaints are not, so a complaint
 * shows before the unfinished line; busybox flushes its output before each complaint.
 */
public final class PrintfBuiltin implements Builtin {
    private static final String BASH_USAGE = "printf: usage: printf [-v var] format [arguments]";
    private static final String APPLET_USAGE = BusyboxApplet.BANNER + "\n\n"
            + "Usage: printf FORMAT [ARG]...\n\nFormat and print ARG(s) according to FORMAT (a-la C printf)";

    private final Flavour flavour;
    private final String prefix;
    private final Environment env;

    private PrintfBuiltin(Flavour flavour, String prefix, Environment env) {
        this.flavour = flavour;
        this.prefix = prefix;
        this.env = env;
    }

    /** bash's builtin; shell is "-bash" for a login shell on a node, "bash" in a container. */
    public static PrintfBuiltin bash(String shell, Environment env) {
        return new PrintfBuiltin(Flavour.BASH, shell + ": printf: ", env);
    }

    /** busybox's printf: inside ash (sh) or run as the applet itself (kubectl exec POD -- printf …). */
    public static PrintfBuiltin busybox(boolean applet, Environment env) {
        return new PrintfBuiltin(Flavour.BUSYBOX, applet ? "printf: " : "sh: ", env);
    }

    @Override
    public String name() {
        return "printf";
    }

    @Override
    public int run(List<String> args, Streams io) {
        return flavour == Flavour.BASH ? runBash(args, io) : runBusybox(args, io);
    }

    private int runBusybox(List<String> args, Streams io) {
        List<String> rest = !args.isEmpty() && args.get(0).equals("--") ? args.subList(1, args.size()) : args;
        if (rest.isEmpty()) {
            io.err().println(prefix.equals("sh: ") ? "sh: usage: printf FORMAT [ARGUMENT...]" : APPLET_USAGE);
            return prefix.equals("sh: ") ? 2 : 1;
        }
        return print(rest.get(0), rest.subList(1, rest.size()), io, null);
    }

    private int runBash(List<String> args, Streams io) {
        if (!args.isEmpty() && args.get(0).equals("--help")) {
            io.out().print(BashPrintfHelp.TEXT);
            return 2;
        }
        String variable = null;
        int at = 0;
        while (at < args.size() && args.get(at).startsWith("-") && args.get(at).length() > 1) {
            String option = args.get(at++);
            if (option.equals("--")) {
                break;
            }
            if (option.charAt(1) != 'v') {
                return usage(io, "-" + option.charAt(1) + ": invalid option");
            }
            variable = option.length() > 2 ? option.substring(2) : at < args.size() ? args.get(at++) : null;
            if (variable == null) {
                return usage(io, "-v: option requires an argument");
            }
            if (!Environment.isName(variable)) {
                io.err().println(prefix + "`" + variable + "': not a valid identifier");
                return 2;
            }
        }
        if (at >= args.size()) {
            io.err().println(BASH_USAGE);
            return 2;
        }
        if (args.get(at).isEmpty()) {
            if (variable != null) {
                env.set(variable, ""); // printf -v var "" acts like var=""
            }
            return 0;
        }
        return print(args.get(at), args.subList(at + 1, args.size()), io, variable);
    }

    private int usage(Streams io, String complaint) {
        io.err().println(prefix + complaint);
        io.err().println(BASH_USAGE);
        return 2;
    }

    /** Runs the engine; the output goes to the terminal, or to the -v variable once complete. */
    private int print(String format, List<String> words, Streams io, String variable) {
        StringBuilder pending = new StringBuilder();
        int status = PrintfEngine.run(flavour, format, words, new PrintfEngine.Output() {
            @Override
            public void text(String text) {
                pending.append(text);
                int newline = pending.lastIndexOf("\n");
                if (variable == null && flavour == Flavour.BASH && newline >= 0) {
                    io.out().print(RawBytes.decode(pending.substring(0, newline + 1)));
                    pending.delete(0, newline + 1);
                }
            }

            @Override
            public void complaint(String message) {
                if (variable == null && flavour == Flavour.BUSYBOX) {
                    io.out().print(RawBytes.decode(pending.toString()));
                    pending.setLength(0);
                }
                io.err().println(prefix + message);
            }
        });
        if (variable != null) {
            env.set(variable, RawBytes.decode(pending.toString()));
        } else {
            io.out().print(RawBytes.decode(pending.toString()));
        }
        return status;
    }
}
