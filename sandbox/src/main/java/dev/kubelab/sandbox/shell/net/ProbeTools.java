package dev.kubelab.sandbox.shell.net;

import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.net.nc.Nc;
import dev.kubelab.sandbox.shell.net.ping.Ping;
import dev.kubelab.sandbox.shell.pod.ImageShell;

import java.util.ArrayList;
import java.util.List;

/**
 * The reachability probes of each host: ping and nc (iputils and netcat-openbsd on the Ubuntu nodes and in
 * netshoot, busybox's applets in busybox and alpine images).
 */
public final class ProbeTools {
    private ProbeTools() {
    }

    public static List<Builtin> forNode(Viewpoint from, Network network, JobControl jobs) {
        return List.of(Ping.iputils(network, from, jobs), Nc.openbsd(network, from, jobs));
    }

    public static List<Builtin> forContainer(String imageRef, ImageShell image, Viewpoint from, Network network,
                                             JobControl jobs) {
        List<Builtin> tools = new ArrayList<>();
        boolean netshoot = ImageCatalog.standard().lookup(imageRef)
                .map(i -> i.repository().endsWith("/nicolaka/netshoot")).orElse(false);
        if (image.has("ping")) {
            tools.add(netshoot ? Ping.iputils(network, from, jobs) : Ping.busybox(network, from, jobs));
        }
        if (image.has("nc")) {
            tools.add(netshoot ? Nc.openbsd(network, from, jobs) : Nc.busybox(network, from, jobs));
        }
        return tools;
    }
}
