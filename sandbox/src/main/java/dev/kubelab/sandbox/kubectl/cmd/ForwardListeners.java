package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.watch.Forwarding;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * client-go's PortForwarder.ForwardPorts: a listener per port and address ("Forwarding from 127.0.0.1:8080 ->
 * 80"); a port no address could bind is reported, and kubectl fails when no port could. kubectl runs on the
 * control plane, so that is where the sockets are.
 */
final class ForwardListeners {
    private ForwardListeners() {
    }

    /** ports: {local, remote} pairs; addresses as kubectl prints them (127.0.0.1, [::1], 0.0.0.0). */
    static int listen(KubectlContext ctx, Pod pod, List<int[]> ports, List<String> addresses) {
        if (!ctx.jobs().mayStart()) {
            // in a pipe or $(…) the engine cannot keep it running: it says where it would listen, and ends
            ports.forEach(p -> addresses.forEach(a -> ctx.io().out().println(forwarding(a, p))));
            return 0;
        }
        Forwarding job = new Forwarding(ctx.store(), pod, ctx.forwards(), ctx.jobs().pid(), ctx.io(), ctx.now());
        List<String> failedPorts = new ArrayList<>();
        for (int[] port : ports) {
            List<String> errors = new ArrayList<>();
            for (String address : addresses) {
                String bind = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
                if (job.listen(ClusterFacts.CONTROL_PLANE, bind, port[0], port[1])) {
                    ctx.io().out().println(forwarding(address, port));
                } else {
                    errors.add("unable to create listener: Error listen tcp" + (bind.contains(":") ? "6 " : "4 ")
                            + address + ":" + port[0] + ": bind: address already in use");
                }
            }
            if (errors.size() == addresses.size()) {
                ctx.io().err().println("Unable to listen on port " + port[0] + ": Listeners failed to create with "
                        + "the following errors: [" + String.join(" ", errors) + "]");
                failedPorts.add("{" + port[0] + " " + port[1] + "}");
            }
        }
        if (!job.listening()) {
            return ApiFailure.fail(ctx, "unable to listen on any of the requested ports: ["
                    + String.join(" ", failedPorts) + "]");
        }
        ctx.jobs().start(job);
        return 0;
    }

    private static String forwarding(String address, int[] port) {
        return "Forwarding from " + address + ":" + port[0] + " -> " + port[1];
    }
}
