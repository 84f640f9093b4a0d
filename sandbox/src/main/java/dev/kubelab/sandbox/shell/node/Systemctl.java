package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * systemctl (systemd 249) for the units that matter here: status (the block systemd prints, then the unit's
 * last journal lines), is-active, is-enabled, and restart/start/daemon-reload, which succeed without a word.
 * Lines are not cut to the terminal's width (as with -l or in a pipe).
 */
final class Systemctl implements Builtin {
    private static final String PAD = "             ";

    private final NodeUnits units;
    private final SimClock clock;

    Systemctl(NodeUnits units, SimClock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "systemctl";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
        String verb = words.isEmpty() ? "list-units" : words.get(0);
        List<String> names = words.size() > 1 ? words.subList(1, words.size()) : List.of();
        Instant now = clock.now();
        switch (verb) {
            case "status":
                return status(names, now, io);
            case "is-active":
            case "is-enabled":
                int status = 0;
                for (String n : names) {
                    boolean known = units.unit(n).isPresent();
                    io.out().println(known ? (verb.equals("is-active") ? "active" : "enabled")
                            : verb.equals("is-active") ? "inactive" : "not-found");
                    status = known ? status : verb.equals("is-active") ? 3 : 1;
                }
                return status;
            case "restart":
            case "start":
                for (String n : names) {
                    Optional<NodeUnits.Unit> u = units.unit(n);
                    if (u.isEmpty()) {
                        io.err().println("Failed to " + verb + " " + service(n) + ": Unit " + service(n)
                                + " not found.");
                        return 5;
                    }
                    if (verb.equals("restart")) {
                        units.restart(u.get(), now);
                    }
                }
                return 0;
            case "daemon-reload":
                return 0;
            case "list-units":
                io.out().print(listUnits());
                return 0;
            default:
                io.err().println("Unknown command verb " + verb + ".");
                return 1;
        }
    }

    private int status(List<String> names, Instant now, Streams io) {
        int status = 0;
        for (String n : names) {
            Optional<NodeUnits.Unit> unit = units.unit(n);
            if (unit.isEmpty()) {
                io.err().println("Unit " + service(n) + " could not be found.");
                status = 4;
                continue;
            }
            io.out().print(block(unit.get(), now));
        }
        return status;
    }

    private String block(NodeUnits.Unit u, Instant now) {
        ProcessRow main = units.main(u, now);
        List<ProcessRow> cgroup = units.cgroup(u, now);
        Instant since = units.activeSince(u, now);
        StringBuilder s = new StringBuilder();
        s.append("● ").append(u.name()).append(".service - ").append(u.description()).append('\n');
        s.append("     Loaded: loaded (/lib/systemd/system/").append(u.name())
                .append(".service; enabled; vendor preset: enabled)\n");
        if (u.drop() != null) {
            s.append("    Drop-In: /usr/lib/systemd/system/").append(u.name()).append(".service.d\n")
                    .append(PAD).append("└─").append(u.drop()).append('\n');
        }
        s.append("     Active: active (running) since ").append(SystemdTime.full(since)).append("; ")
                .append(SystemdTime.ago(since, now)).append('\n');
        s.append("       Docs: ").append(u.docs()).append('\n');
        if (u.name().equals("containerd")) {
            s.append("    Process: ").append(main.pid() - 7)
                    .append(" ExecStartPre=/sbin/modprobe overlay (code=exited, status=0/SUCCESS)\n");
        }
        s.append("   Main PID: ").append(main.pid()).append(" (").append(main.comm()).append(")\n");
        s.append("      Tasks: ").append(u.name().equals("kubelet") ? "14 (limit: 4557)" : 12 + 10 * (cgroup.size() - 1))
                .append('\n');
        long kib = cgroup.stream().mapToLong(ProcessRow::rssKib).sum();
        s.append("     Memory: ").append(kib >= 1024 * 1024 ? String.format("%.1fG", kib / 1048576.0)
                : String.format("%.1fM", kib / 1024.0)).append('\n');
        long cpuMillis = (long) (Math.max(0, now.toEpochMilli() - main.started().toEpochMilli()) * main.cpuShare());
        s.append("        CPU: ").append(SystemdTime.cpu(cpuMillis)).append('\n');
        s.append("     CGroup: /system.slice/").append(u.name()).append(".service\n");
        int width = String.valueOf(cgroup.stream().mapToInt(ProcessRow::pid).max().orElse(0)).length();
        for (int i = 0; i < cgroup.size(); i++) {
            ProcessRow p = cgroup.get(i);
            s.append(PAD).append(i == cgroup.size() - 1 ? "└─" : "├─")
                    .append(String.format("%" + width + "d", p.pid())).append(' ').append(p.command()).append('\n');
        }
        List<UnitJournal.Entry> journal = units.journal(u, now);
        s.append('\n');
        journal.subList(Math.max(0, journal.size() - 10), journal.size())
                .forEach(e -> s.append(e.render(units.node())).append('\n'));
        return s.toString();
    }

    /** list-units, limited to the units modelled here (a real node lists some 150). */
    private String listUnits() {
        StringBuilder s = new StringBuilder("  UNIT               LOAD   ACTIVE SUB     DESCRIPTION\n");
        for (String name : List.of("containerd", "kubelet")) {
            NodeUnits.Unit u = units.unit(name).orElseThrow();
            s.append(String.format("  %-18s loaded active running %s\n", u.name() + ".service", u.description()));
        }
        return s.append("\nLOAD   = Reflects whether the unit definition was properly loaded.\n"
                + "ACTIVE = The high-level unit activation state, i.e. generalization of SUB.\n"
                + "SUB    = The low-level unit activation state, values depend on unit type.\n"
                + "2 loaded units listed. Pass --all to see loaded but inactive units, too.\n"
                + "To show all installed unit files use 'systemctl list-unit-files'.\n").toString();
    }

    private static String service(String name) {
        return name.endsWith(".service") ? name : name + ".service";
    }
}
