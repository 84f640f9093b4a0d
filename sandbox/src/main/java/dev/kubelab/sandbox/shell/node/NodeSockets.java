package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.dataplane.Dataplane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listening sockets of a node as ss and netstat list them: what the dataplane says accepts connections
 * there (so nc, curl and ss agree), owned by the processes ps shows (same pid, same 15-character name).
 * Since kube-proxy 1.24 no NodePort has a socket: the port lives only in kube-proxy's rules.
 */
final class NodeSockets {
    /** One socket: tcp/udp, IPv6 or dual-stack, the local address and port, listen backlog, owner. */
    record Row(String proto, String bind, int port, int backlog, String comm, int pid, int fd) {
        boolean ipv6() {
            return bind.equals("*") || bind.startsWith("[");
        }

        boolean tcp() {
            return proto.equals("tcp");
        }
    }

    private final String node;
    private final Network network;
    private final NodeProcesses processes;

    NodeSockets(String node, Network network, NodeProcesses processes) {
        this.node = node;
        this.network = network;
        this.processes = processes;
    }

    List<Row> at(Instant now) {
        List<ProcessRow> ps = processes.at(now);
        Map<String, Integer> nextFd = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Dataplane.Listening l : network.dataplane().listening(node)) {
            String comm = l.process().length() > 15 ? l.process().substring(0, 15) : l.process();
            Optional<ProcessRow> owner = ps.stream().filter(p -> p.comm().equals(comm)).findFirst();
            int fd = nextFd.merge(comm, 1, Integer::sum) + firstFd(comm);
            String proto = l.protocol().toLowerCase(java.util.Locale.ROOT);
            rows.add(new Row(proto, l.bind(), l.port(), proto.equals("udp") ? 0 : backlog(comm),
                    owner.isPresent() ? comm : null, owner.map(ProcessRow::pid).orElse(0), fd));
        }
        rows.sort(Comparator.comparingInt(Row::port).thenComparing(Row::bind));
        return rows;
    }

    /** listen(2) backlogs: OpenSSH's 128, BIRD's 5, Go and systemd's SOMAXCONN (4096 on Ubuntu 22.04). */
    private static int backlog(String comm) {
        return comm.equals("sshd") ? 128 : comm.equals("bird") ? 5 : 4096;
    }

    /** Where a process's sockets start among its file descriptors (after its logs, epoll and the like). */
    private static int firstFd(String comm) {
        switch (comm) {
            case "sshd": return 2;
            case "systemd-resolve": return 11;
            case "kubelet": return 18;
            case "etcd": return 6;
            default: return 6;
        }
    }

    String nodeIp() {
        return network.dataplane().addresses().nodeIp(node);
    }
}
