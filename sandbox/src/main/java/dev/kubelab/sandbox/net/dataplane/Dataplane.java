package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.proxy.KubeProxies;

import java.time.Instant;
import java.util.List;

/**
 * Evaluates connections against routing, the node's kube-proxy rules and what listens where. Holds what the
 * kernel would remember between connections: ClientIP affinity lists, IPVS round-robin positions, ephemeral
 * ports. Randomness (iptables' `statistic` picks) comes only from the sandbox's seed, time only from its clock.
 */
public final class Dataplane {
    private final Network network;
    private final KubeProxies kubeProxies;
    private final Addresses addresses;
    private final ProxyState state = new ProxyState();
    private final IpvsBalancer balancer;
    private final Neighbours neighbours;
    private final PortForwards forwards = new PortForwards();

    public Dataplane(Network network) {
        this.network = network;
        this.kubeProxies = new KubeProxies(network.store());
        this.addresses = new Addresses(network.store());
        this.balancer = new IpvsBalancer(state, this::now);
        this.neighbours = new Neighbours(network.store(), kubeProxies, network.seed());
    }

    /** The protocol name of an echo request: {@link #connect} with it is a ping (Established = echo reply). */
    public static final String ICMP = "ICMP";

    /**
     * Opens a connection from a viewpoint to ip:port over protocol ("TCP"/"UDP"), or sends an ICMP echo request
     * (protocol {@link #ICMP}, port 0): Established is the reply, Refused an ICMP error (a REJECT rule).
     */
    public Connection connect(Viewpoint from, String ip, int port, String protocol) {
        return new Flow(this, from, ip, port, protocol).run();
    }

    /** What listens on a node itself right now (its own processes and host-network pods), as ss lists it. */
    public List<Listening> listening(String node) {
        return NodeProcesses.on(node, network.store(), kubeProxies, network.catalog(), now()).stream()
                .map(s -> new Listening(s.process(), s.bind(), s.server().port(), s.server().protocol())).toList();
    }

    /** A listening socket: the process's name, its bind address ("*" dual-stack, "[::]", "0.0.0.0", an IP). */
    public record Listening(String process, String bind, int port, String protocol) {}

    /** Every node's kube-proxy: its mode and the rules it compiles (what iptables-save and ipvsadm print). */
    public KubeProxies kubeProxies() {
        return kubeProxies;
    }

    /** Who answers ARP for LoadBalancer and external IPs, and which node each host's cache holds. */
    public Neighbours neighbours() {
        return neighbours;
    }

    /** What kubectl port-forward listens on. */
    public PortForwards forwards() {
        return forwards;
    }

    public Addresses addresses() {
        return addresses;
    }

    Network network() {
        return network;
    }

    ProxyState state() {
        return state;
    }

    IpvsBalancer balancer() {
        return balancer;
    }

    Instant now() {
        return network.clock().now();
    }

    /** A 31-bit random number, as xt_statistic draws one per evaluation. */
    int random31() {
        return network.seed().nextInt(Integer.MAX_VALUE);
    }
}
