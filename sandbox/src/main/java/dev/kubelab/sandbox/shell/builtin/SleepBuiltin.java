package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * GNU sleep's arguments and messages (NUMBER[smhd], summed). It returns at once: the engine answers each command
 * line in one go, and the lab's clock is the wall clock, which the engine cannot make pass.
 */
public final class SleepBuiltin implements Builtin {
    private static final String TRY = "Try 'sleep --help' for more information.";
    private static final String INTERVAL = "\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?[smhd]?|(?i:\\+?inf(inity)?)[smhd]?";

    @Override
    public String name() {
        return "sleep";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> intervals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                intervals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                return usage(io, "sleep: unrecognized option '" + arg + "'");
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                return usage(io, "sleep: invalid option -- '" + arg.charAt(1) + "'");
            }
            intervals.add(arg);
        }
        if (intervals.isEmpty()) {
            return usage(io, "sleep: missing operand");
        }
        boolean valid = true;
        for (String interval : intervals) {
            if (!interval.matches(INTERVAL)) {
                io.err().println("sleep: invalid time interval ‘" + interval + "’");
                valid = false;
            }
        }
        if (!valid) {
            io.err().println(TRY);
            return 1;
        }
        return 0;
    }

    private static int usage(Streams io, String message) {
        io.err().println(message);
        io.err().println(TRY);
        return 1;
    }
}
