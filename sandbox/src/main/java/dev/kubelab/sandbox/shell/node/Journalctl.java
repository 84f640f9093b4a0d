package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * journalctl -u UNIT [-n N] [--no-pager] (systemd 249): the "-- Journal begins at …, ends at … --" line, then
 * the unit's entries in the short format. No pager here: the lines are printed as --no-pager would.
 */
final class Journalctl implements Builtin {
    private final NodeUnits units;
    private final SimClock clock;

    Journalctl(NodeUnits units, SimClock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "journalctl";
    }

    @Override
    public int run(List<String> args, Streams io) {
        String unitName = null;
        int lines = -1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if ((a.equals("-u") || a.equals("--unit") || a.equals("-n") || a.equals("--lines")) && value == null) {
                io.err().println("journalctl: option '" + a + "' requires an argument");
                return 1;
            }
            if (a.equals("-u") || a.equals("--unit")) {
                unitName = args.get(++i);
            } else if (a.startsWith("--unit=") || a.startsWith("-u")) {
                unitName = a.substring(a.startsWith("-u") ? 2 : 7);
            } else if (a.equals("-n") || a.equals("--lines")) {
                lines = count(args.get(++i));
            } else if (a.startsWith("--lines=") || (a.startsWith("-n") && a.length() > 2)) {
                lines = count(a.substring(a.startsWith("-n") ? 2 : 8));
            }
        }
        Instant now = clock.now();
        Optional<NodeUnits.Unit> unit = unitName == null ? Optional.empty() : units.unit(unitName);
        List<UnitJournal.Entry> entries = unit.isEmpty() ? List.of() : units.journal(unit.get(), now);
        Instant last = entries.isEmpty() || entries.get(entries.size() - 1).at().isBefore(now) ? now
                : entries.get(entries.size() - 1).at();
        io.out().println("-- Journal begins at " + SystemdTime.full(units.boot(now)) + ", ends at "
                + SystemdTime.full(last) + ". --");
        if (entries.isEmpty()) {
            io.out().println("-- No entries --"); // only the kubelet's and containerd's journal are modelled
            return 0;
        }
        int from = lines < 0 ? 0 : Math.max(0, entries.size() - lines);
        entries.subList(from, entries.size()).forEach(e -> io.out().println(e.render(units.node())));
        return 0;
    }

    private static int count(String text) {
        return text.matches("\\d+") ? Integer.parseInt(text) : 10;
    }
}
