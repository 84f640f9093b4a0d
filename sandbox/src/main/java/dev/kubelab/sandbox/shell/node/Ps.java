package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ps on a node: `ps aux` (BSD), `ps -ef` (full), `ps -e`/`-A` and bare `ps` (the terminal's processes), and
 * `-o FORMAT`, `-C NAME`, `-p PID` selections ({@link PsSelection}).
 * Lines are not cut to the terminal's width, as when ps writes into a pipe.
 */
final class Ps implements Builtin {
    private final NodeProcesses processes;
    private final SimClock clock;

    Ps(NodeProcesses processes, SimClock clock) {
        this.processes = processes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ps";
    }

    @Override
    public int run(List<String> args, Streams io) {
        PsSelection selection = PsSelection.parse(args);
        String style = selection != null ? "selected" : style(args);
        if (style == null) {
            io.err().print(usage(args));
            return 1;
        }
        List<PsColumns.Column> columns;
        try {
            columns = selection == null ? null : PsColumns.parse(selection.formats());
        } catch (IllegalArgumentException unknown) {
            io.err().print("error: unknown user-defined format specifier \"" + unknown.getMessage() + "\""
                    + usage(args).substring(usage(args).indexOf('\n')));
            return 1;
        }
        Instant now = clock.now();
        List<ProcessRow> rows = new ArrayList<>(processes.at(now));
        // ps itself, started by this shell.
        int self = 5100 + (int) Math.floorMod(now.getEpochSecond(), 4000L);
        rows.add(new ProcessRow("root", self, 5012, now, 0.0, 10072, 3420, "pts/0", "R+",
                "ps" + (args.isEmpty() ? "" : " " + String.join(" ", args))));
        // The rest of the pipeline runs at the same time (bash starts it left to right): `ps aux | grep x`
        // lists the grep too.
        int pid = self;
        for (String peer : io.pipeline()) {
            rows.add(new ProcessRow("root", ++pid, 5012, now, 0.0, 6480, 2304, "pts/0", "S+", peer));
        }
        switch (style) {
            case "selected":
                return selection.print(rows, columns, now, io);
            case "aux":
                io.out().println(PsFormat.AUX_HEADER);
                rows.forEach(p -> io.out().println(PsFormat.aux(p, now)));
                break;
            case "full":
                io.out().println(PsFormat.FULL_HEADER);
                rows.forEach(p -> io.out().println(PsFormat.full(p, now)));
                break;
            default:
                io.out().println(PsFormat.SHORT_HEADER);
                rows.stream().filter(p -> style.equals("all") || p.tty().equals("pts/0"))
                        .forEach(p -> io.out().println(PsFormat.brief(p, now)));
        }
        return 0;
    }

    /** aux, full, all or tty; null for options this ps does not know. */
    private static String style(List<String> args) {
        String joined = String.join(" ", args).replace("w", "").trim();
        switch (joined) {
            case "":
                return "tty";
            case "aux": case "-aux": case "axu": case "uax":
                return "aux";
            case "-ef": case "-fe": case "-e -f": case "-Af": case "-fA":
                return "full";
            case "-e": case "-A":
                return "all";
            default:
                return null;
        }
    }

    private static String usage(List<String> args) {
        boolean bsd = !args.isEmpty() && !args.get(0).startsWith("-");
        return "error: unsupported option (" + (bsd ? "BSD" : "SysV") + " syntax)\n\nUsage:\n ps [options]\n\n"
                + " Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n"
                + " for additional help text.\n\nFor more details see ps(1).\n";
    }
}
