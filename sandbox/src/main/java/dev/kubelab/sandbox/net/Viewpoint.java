package dev.kubelab.sandbox.net;

import dev.kubelab.sandbox.api.Pod;

/**
 * Where a network program runs: inside a pod (its IP, node and namespace), on a node, or on the learner's
 * laptop outside the cluster. The resolv.conf decides which DNS server answers and how names are searched.
 */
public record Viewpoint(Place place, String hostname, String ip, String nodeName, Pod pod, ResolvConf resolv) {
    public enum Place { POD, NODE, OUTSIDE }

    /** A pod's network namespace (hostNetwork pods share their node's, so they see the node's resolv.conf too). */
    public static Viewpoint pod(Pod pod) {
        String ip = pod.status() == null ? null : pod.status().podIP();
        return new Viewpoint(Place.POD, hostnameOf(pod), ip, pod.spec().nodeName(), pod,
                ResolvConf.clusterFirst(pod.metadata().namespace()));
    }

    /** A pod's hostname as the kubelet sets it: spec.hostname, else the pod's name cut to 63 characters. */
    public static String hostnameOf(Pod pod) {
        String name = pod.spec().hostname() != null ? pod.spec().hostname() : pod.metadata().name();
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    public static Viewpoint node(String name, String ip) {
        return new Viewpoint(Place.NODE, name, ip, name, null, ResolvConf.node());
    }

    /** The learner's laptop: on the nodes' network, but with no cluster DNS. */
    public static Viewpoint laptop() {
        return new Viewpoint(Place.OUTSIDE, World.LAPTOP, World.LAPTOP_IP, null, null, ResolvConf.laptop());
    }

    /** The namespace whose search domain comes first (pods only; null elsewhere). */
    public String namespace() {
        return pod == null ? null : pod.metadata().namespace();
    }
}
