package dev.kubelab.sandbox.net.dataplane;

import java.util.List;

/** The outcome of opening a TCP connection (or sending a UDP datagram), with the path the packets took. */
public sealed interface Connection {
    /** How long the kernel keeps retrying a SYN nobody answers before connect() fails (ETIMEDOUT). */
    long KERNEL_CONNECT_MILLIS = 130234;
    /** An unreachable route is reported (EHOSTUNREACH) after ARP gives up. */
    long NO_ROUTE_MILLIS = 3075;

    List<Hop> hops();

    /** Something accepted: the final address (after DNAT) and who listens there. */
    record Established(String ip, int port, Listener listener, List<Hop> hops) implements Connection {
        public Established {
            hops = List.copyOf(hops);
        }
    }

    /** RST or ICMP port-unreachable: nothing listens, or kube-proxy REJECTs (a Service with no endpoints). */
    record Refused(List<Hop> hops) implements Connection {
        public Refused {
            hops = List.copyOf(hops);
        }
    }

    /** Packets dropped silently (DROP rule, address nobody owns, pod not running): the client times out. */
    record TimedOut(List<Hop> hops) implements Connection {
        public TimedOut {
            hops = List.copyOf(hops);
        }
    }

    /** ICMP host-unreachable: no route to that network (e.g. a pod IP from the laptop). */
    record Unreachable(List<Hop> hops) implements Connection {
        public Unreachable {
            hops = List.copyOf(hops);
        }
    }
}
