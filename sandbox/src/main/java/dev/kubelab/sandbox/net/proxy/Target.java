package dev.kubelab.sandbox.net.proxy;

/** What a matching rule does (-j …), as data. */
public sealed interface Target {
    /** A jump to a user chain (KUBE-SVC-…) or a built-in verdict: ACCEPT, DROP, RETURN. */
    record Jump(String chain) implements Target {
        public boolean verdict() {
            return chain.equals("ACCEPT") || chain.equals("DROP") || chain.equals("RETURN");
        }
    }

    /** -j REJECT --reject-with icmp-port-unreachable: the client sees "connection refused". */
    record Reject(String with) implements Target {}

    /** -j DNAT --to-destination ip:port. */
    record Dnat(String ip, int port) implements Target {
        public String destination() {
            return ip + ":" + port;
        }
    }

    /** -j MARK --set-xmark value/mask (how iptables saves --or-mark and --xor-mark). */
    record SetMark(int value, int mask) implements Target {}

    /** -j MASQUERADE [--random-fully]. */
    record Masquerade(boolean randomFully) implements Target {}

    static Target jump(String chain) {
        return new Jump(chain);
    }
}
