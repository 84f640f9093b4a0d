package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.dataplane.PortForwards;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A running kubectl port-forward (client-go's PortForwarder): listens on its sockets, prints "Handling connection
 * for 8080" for each connection and hands it to the pod it picked at the start. When that pod is gone (or nothing
 * listens on its port) it logs client-go's error, says "error: lost connection to pod" and exits 1. Ctrl-C (or a
 * signal) closes the sockets; it catches SIGINT and exits 0.
 */
public final class Forwarding implements ForegroundJob, PortForwards.Handler {
    private final ObjectStore store;
    private final Pod pod;
    private final PortForwards registry;
    private final int pid;
    private final List<PortForwards.Forward> sockets = new ArrayList<>();
    /** Where it writes: the streams of its latest tick (the terminal, or its redirections). */
    private Streams io;
    private Instant now;
    private Integer exit;

    public Forwarding(ObjectStore store, Pod pod, PortForwards registry, int pid, Streams io, Instant now) {
        this.store = store;
        this.pod = pod;
        this.registry = registry;
        this.pid = pid;
        this.io = io;
        this.now = now;
    }

    /** Listens on one address; false when it is taken. */
    public boolean listen(String node, String bind, int local, int remote) {
        PortForwards.Forward socket = new PortForwards.Forward(node, bind, local, remote, this);
        if (!registry.listen(socket)) {
            return false;
        }
        sockets.add(socket);
        return true;
    }

    public boolean listening() {
        return !sockets.isEmpty();
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        this.now = now;
        this.io = io;
        return exit == null ? OptionalInt.empty() : OptionalInt.of(exit);
    }

    @Override
    public int interrupt(Streams io) {
        close();
        return 0;
    }

    @Override
    public Pod connected(PortForwards.Forward socket) {
        io.out().println("Handling connection for " + socket.localPort());
        Pod current = store.get(Pod.class, pod.metadata().namespace(), pod.metadata().name())
                .filter(p -> p.metadata().uid().equals(pod.metadata().uid()) && "Running".equals(p.status().phase()))
                .orElse(null);
        if (current == null) {
            lost(socket, "failed to find sandbox \\\"" + PodSandbox.id(pod) + "\\\" in store: not found");
        }
        return current;
    }

    @Override
    public void refused(PortForwards.Forward socket, Pod target) {
        int port = socket.remotePort();
        lost(socket, "failed to execute portforward in network namespace \\\"" + PodSandbox.netns(target)
                + "\\\": failed to connect to localhost:" + port + " inside namespace \\\"" + PodSandbox.id(target)
                + "\\\", IPv4: dial tcp4 127.0.0.1:" + port + ": connect: connection refused IPv6 dial tcp6 [::1]:"
                + port + ": connect: connection refused ");
    }

    /** client-go logs the error stream's message (klog) and closes the connection; kubectl then gives up. */
    private void lost(PortForwards.Forward socket, String why) {
        io.err().println(PodSandbox.klogError(now, pid, "portforward.go:413") + "\"Unhandled Error\" err=\"an error "
                + "occurred forwarding " + socket.localPort() + " -> " + socket.remotePort() + ": error forwarding port "
                + socket.remotePort() + " to pod " + PodSandbox.id(pod) + ", uid : " + why + "\"");
        io.err().println("error: lost connection to pod");
        close();
        exit = 1;
    }

    private void close() {
        sockets.forEach(registry::close);
        sockets.clear();
    }
}
