package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** xargs [-n N] [-I R] [COMMAND…]: stdin words become arguments of COMMAND (default echo). */
public final class Xargs implements Builtin {
    /** Runs argv as the shell would (builtins, kubectl, utilities); returns its exit code. */
    private final BiFunction<List<String>, Streams, Integer> runner;

    public Xargs(BiFunction<List<String>, Streams, Integer> runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "xargs";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int i = 0;
        int perCall = Integer.MAX_VALUE;
        String replace = null;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String flag = args.get(i);
            if ((flag.equals("-n") || flag.equals("-I")) && i + 1 < args.size()) {
                if (flag.equals("-n")) {
                    try {
                        perCall = Math.max(1, Integer.parseInt(args.get(i + 1)));
                    } catch (NumberFormatException e) {
                        io.err().println("xargs: invalid number \"" + args.get(i + 1) + "\" for -n option");
                        return 1;
                    }
                } else {
                    replace = args.get(i + 1);
                }
                i += 2;
            } else if (flag.equals("-r") || flag.equals("--no-run-if-empty")) {
                i++;
            } else {
                io.err().println("xargs: invalid option -- '" + flag.substring(1) + "'");
                return 1;
            }
        }
        List<String> command = new ArrayList<>(args.subList(i, args.size()));
        if (command.isEmpty()) {
            command.add("echo");
        }
        List<String> items = replace != null ? Inputs.lines(io.in())
                : List.of(io.in().trim().isEmpty() ? new String[0] : io.in().trim().split("\\s+"));
        int status = 0;
        Streams child = io.withIn("");
        if (replace != null) {
            for (String item : items) {
                List<String> argv = new ArrayList<>();
                for (String word : command) {
                    argv.add(word.replace(replace, item));
                }
                status = Math.max(status, call(argv, child));
            }
            return status;
        }
        if (items.isEmpty()) {
            return call(command, child); // GNU xargs runs the command once even with no input
        }
        for (int from = 0; from < items.size(); from += perCall) {
            List<String> argv = new ArrayList<>(command);
            argv.addAll(items.subList(from, Math.min(items.size(), from + perCall)));
            status = Math.max(status, call(argv, child));
        }
        return status;
    }

    private int call(List<String> argv, Streams io) {
        int code = runner.apply(argv, io);
        return code == 0 ? 0 : code == 127 ? 127 : 123;
    }
}
