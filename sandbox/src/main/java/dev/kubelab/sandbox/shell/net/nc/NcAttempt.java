package dev.kubelab.sandbox.shell.net.nc;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dataplane.Connection;

/**
 * One connect() as nc makes it, through the dataplane like curl's (kube-proxy's rules, routing, who listens),
 * and how long it takes: open and refused at once, no route after ARP gives up, silence until -w expires or
 * the kernel gives up on its SYNs. UDP "connects" to anything that does not answer port unreachable.
 */
record NcAttempt(Outcome outcome, long millis) {
    enum Outcome { OPEN, REFUSED, UNREACHABLE, KERNEL_TIMEOUT, WAIT_EXPIRED }

    static NcAttempt connect(Network network, Viewpoint from, String ip, int port, boolean udp, int waitSeconds) {
        Connection c = network.dataplane().connect(from, ip, port, udp ? "UDP" : "TCP");
        network.traces().record("nc " + ip + " " + port, c);
        if (c instanceof Connection.Established || (udp && c instanceof Connection.TimedOut)) {
            return new NcAttempt(Outcome.OPEN, 0);
        }
        if (c instanceof Connection.Refused) {
            return new NcAttempt(Outcome.REFUSED, 0);
        }
        long wait = waitSeconds * 1000L;
        if (c instanceof Connection.Unreachable && (wait == 0 || wait > Connection.NO_ROUTE_MILLIS)) {
            return new NcAttempt(Outcome.UNREACHABLE, Connection.NO_ROUTE_MILLIS);
        }
        return wait > 0 ? new NcAttempt(Outcome.WAIT_EXPIRED, wait)
                : new NcAttempt(Outcome.KERNEL_TIMEOUT, Connection.KERNEL_CONNECT_MILLIS);
    }
}
