package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.catalog.ImageRef;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.pod.ImageShell;

import java.util.ArrayList;
import java.util.List;

/**
 * nslookup, dig, host, getent: which of them a container or node has, bound to its viewpoint. image is the
 * container's image reference (busybox:1.28 has the old nslookup applet), shell what the image ships.
 */
public final class DnsTools {
    /** bind9-dnsutils on Ubuntu 22.04 (the nodes and the laptop). */
    static final String UBUNTU_BIND = "9.18.30-0ubuntu0.22.04.2-Ubuntu";
    /** Alpine's bind-tools in nicolaka/netshoot. */
    static final String ALPINE_BIND = "9.18.27";

    private DnsTools() {
    }

    public static List<Builtin> forContainer(String image, ImageShell shell, Viewpoint from, Network network) {
        DnsClient client = new DnsClient(network, from);
        List<Builtin> tools = new ArrayList<>();
        boolean bind = shell.has("dig");
        if (shell.has("nslookup")) {
            if (bind) {
                tools.add(new BindNslookup(client, ALPINE_BIND));
            } else if (oldBusybox(image)) {
                tools.add(new BusyboxOldNslookup(client));
            } else {
                tools.add(new BusyboxNslookup(client));
            }
        }
        if (bind) {
            tools.add(new Dig(client, ALPINE_BIND));
        }
        if (shell.has("host")) {
            tools.add(new HostCommand(client, ALPINE_BIND));
        }
        if (shell.family() == ImageShell.Family.DEBIAN || shell.has("getent")) {
            tools.add(new Getent(client)); // glibc's libc-bin is in every Debian image
        }
        return tools;
    }

    public static List<Builtin> forNode(Viewpoint from, Network network) {
        DnsClient client = new DnsClient(network, from);
        return List.of(new BindNslookup(client, UBUNTU_BIND), new Dig(client, UBUNTU_BIND),
                new HostCommand(client, UBUNTU_BIND), new Getent(client));
    }

    /** busybox:1.28 (and 1.28.x) still has the libc-based nslookup applet. */
    static boolean oldBusybox(String image) {
        ImageRef ref = ImageRef.parse(image);
        String tag = ref.tag() == null ? "" : ref.tag();
        return ref.repository().endsWith("/busybox") && (tag.equals("1.28") || tag.startsWith("1.28."));
    }
}
