package dev.kubelab.sandbox.net.proxy;

/**
 * One endpoint of a service port as kube-proxy keeps it: address, port, node and the slice conditions
 * (ready = serving and not terminating). local() compares with the node kube-proxy runs on.
 */
public record ProxyEndpoint(String ip, int port, String nodeName, boolean ready, boolean serving,
                            boolean terminating) {
    /** "ip:port", the form chain hashes, comments and DNAT targets use. */
    public String address() {
        return ip + ":" + port;
    }

    public boolean local(String node) {
        return node != null && node.equals(nodeName);
    }
}
