package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.pod.ImageShell;

import java.util.List;

/**
 * nslookup, dig, host, getent: which of them a container or node has, bound to its viewpoint. image is the
 * container's image reference (busybox:1.28 has the old nslookup applet), shell what the image ships.
 */
public final class DnsTools {
    private DnsTools() {
    }

    public static List<Builtin> forContainer(String image, ImageShell shell, Viewpoint from, Network network) {
        return List.of();
    }

    public static List<Builtin> forNode(Viewpoint from, Network network) {
        return List.of();
    }
}
