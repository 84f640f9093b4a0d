package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.net.PortNames;

import java.util.ArrayList;
import java.util.List;

/**
 * ss (iproute2 5.15) for the node's listening sockets: -t, -u, -l, -n, -p, -a, -4, -6, -H. Laid out as ss does
 * when it cannot ask the terminal its width (piped): each column as wide as its longest entry, addresses right
 * aligned, ports left — hence the famous "Peer Address:PortProcess" header. Only listening sockets are known
 * to the lab, so without -l (or -a) the table is empty.
 */
final class SsCommand implements Builtin {
    private final NodeSockets sockets;
    private final SimClock clock;

    SsCommand(NodeSockets sockets, SimClock clock) {
        this.sockets = sockets;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ss";
    }

    @Override
    public int run(List<String> args, Streams io) {
        String flags = SocketFlags.parse("ss", args, "tulnpa46H", io);
        if (flags == null) {
            return 1;
        }
        boolean tcp = flags.contains("t") || !flags.contains("u");
        boolean udp = flags.contains("u");
        boolean listening = flags.contains("l") || flags.contains("a");
        boolean numeric = flags.contains("n");
        boolean process = flags.contains("p");
        List<List<String>> table = new ArrayList<>();
        if (!flags.contains("H")) {
            table.add(new ArrayList<>(List.of("Netid", "State", "Recv-Q", "Send-Q", "Local Address:", "Port",
                    "Peer Address:", "Port", "Process")));
        }
        for (NodeSockets.Row r : listening ? sockets.at(clock.now()) : List.<NodeSockets.Row>of()) {
            if ((r.tcp() ? !tcp : !udp) || (flags.contains("4") && r.ipv6()) || (flags.contains("6") && !r.ipv6())) {
                continue;
            }
            String local = r.bind().equals("127.0.0.53") ? "127.0.0.53%lo" : r.bind(); // resolved binds to lo
            String peer = r.bind().equals("*") || r.bind().startsWith("[") ? r.bind() : "0.0.0.0";
            String port = numeric ? String.valueOf(r.port()) : PortNames.of(String.valueOf(r.port()), !r.tcp());
            table.add(new ArrayList<>(List.of(r.proto(), r.tcp() ? "LISTEN" : "UNCONN", pad6(0), pad6(r.backlog()),
                    local + ":", port.equals("*") ? String.valueOf(r.port()) : port, peer + ":", "*",
                    r.comm() == null ? "" : "users:((\"" + r.comm() + "\",pid=" + r.pid() + ",fd=" + r.fd() + "))")));
        }
        boolean netid = tcp && udp;
        io.out().print(render(table, netid, process));
        return 0;
    }

    private static String pad6(int n) {
        return String.format("%-6d", n);
    }

    private static final boolean[] RIGHT = {false, false, false, false, true, false, true, false, false};
    private static final String[] DELIM = {"", " ", " ", " ", " ", "", " ", "", ""};

    /** render() with compact widths: the first shown column has no delimiter, the rest their own. */
    private static String render(List<List<String>> table, boolean netid, boolean process) {
        int[] width = new int[DELIM.length];
        boolean first = true;
        for (int c = 0; c < width.length; c++) {
            if (shown(c, netid, process)) {
                int max = 0;
                for (List<String> row : table) {
                    max = Math.max(max, row.get(c).length());
                }
                width[c] = max + (first || max == 0 ? 0 : DELIM[c].length());
                first = first && width[c] == 0;
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            boolean started = false;
            for (int c = 0; c < width.length; c++) {
                if (!shown(c, netid, process)) {
                    continue;
                }
                int printed = started ? DELIM[c].length() : 0;
                out.append(started ? DELIM[c] : "");
                started = true;
                String text = row.get(c);
                if (RIGHT[c] && width[c] > 0) {
                    out.append(" ".repeat(Math.max(0, width[c] - text.length() - printed)));
                    out.append(text);
                } else {
                    out.append(text).append(" ".repeat(Math.max(0, width[c] - printed - text.length())));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean shown(int column, boolean netid, boolean process) {
        return (column != 0 || netid) && (column != 8 || process);
    }
}
