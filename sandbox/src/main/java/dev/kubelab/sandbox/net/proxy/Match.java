package dev.kubelab.sandbox.net.proxy;

/**
 * An iptables extension match (-m …) as data, in the order kube-proxy or the kubelet wrote it. The IP-header
 * parts (-s, -d, -p) live on {@link Rule} itself, because iptables prints them first whatever the order typed.
 */
public sealed interface Match {
    /** -m comment --comment "text". */
    record Comment(String text) implements Match {}

    /** -m tcp / -m udp, with --dport when dport is not 0. */
    record Port(String protocol, int dport) implements Match {}

    /** -m addrtype --src-type LOCAL (source true) or --dst-type LOCAL. */
    record AddrType(boolean source, String type) implements Match {}

    /** -m statistic --mode random --probability p, kept as the kernel stores it. */
    record Statistic(Probability probability) implements Match {}

    /** -m recent: --rcheck --seconds N --reap (check) or --set, always on the source address. */
    record Recent(String name, boolean set, int seconds, boolean reap) implements Match {
        public static Recent check(String name, int seconds) {
            return new Recent(name, false, seconds, true);
        }

        public static Recent set(String name) {
            return new Recent(name, true, 0, false);
        }
    }

    /** -m mark [!] --mark value/mask. */
    record Mark(boolean inverted, int value, int mask) implements Match {}

    /** -m conntrack [!] --ctstate STATES (comma-separated, kernel bit order). */
    record Conntrack(boolean inverted, String states) implements Match {}

    /** -m set --match-set NAME FLAGS (IPVS mode's ipsets). */
    record IpSet(String set, String flags) implements Match {}
}
