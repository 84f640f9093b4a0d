package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.apiserver.ApiServerLifecycle;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.cluster.KubeletConfigFile;
import dev.kubelab.sandbox.cluster.StaticPodManifests;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.time.Instant;
import java.util.List;

/**
 * The nodes of the kubeadm lab: the control plane holds the static pod manifests kubeadm wrote (the workers'
 * manifests folder is empty), every node has the kubelet's config.yaml, ps showing its processes, ss/netstat
 * their listening sockets, systemctl/journalctl its kubelet and containerd units and crictl its containers.
 */
public final class KubeadmNodeSetup implements NodeSetup {
    private final SimClock clock;
    private final Instant boot;
    private final ApiServerLifecycle apiServer;
    private final Network network;

    /**
     * boot: when the sandbox started (the learner's login); apiServer: the control plane's API server pod;
     * network: what listens where (ss) and the pods on each node (crictl).
     */
    public KubeadmNodeSetup(SimClock clock, Instant boot, ApiServerLifecycle apiServer, Network network) {
        this.clock = clock;
        this.boot = boot;
        this.apiServer = apiServer;
        this.network = network;
    }

    @Override
    public List<Builtin> prepare(String node, FileSystem files) {
        UbuntuImage.lay(files);
        UbuntuImage.identify(files, node, KubeadmBootstrap.nodeAddresses());
        Instant init = KubeadmBootstrap.kubeadmInit(boot);
        Instant joined = init.plus(KubeadmBootstrap.joinedAfter(node));
        files.stampWith(() -> joined); // kubeadm init (join on the workers) wrote these
        if (node.equals(ClusterFacts.CONTROL_PLANE)) {
            StaticPodManifests.kubeadmDefaults().forEach((path, text) -> {
                files.write(path, text, false);
                files.chmod(path, 0600); // kubeadm's WriteStaticPodToDisk
            });
        }
        files.makeDirectory(KubeletConfigFile.DIRECTORY, true);
        files.write(KubeletConfigFile.PATH, KubeletConfigFile.TEXT, false);
        NodeProcesses processes = new NodeProcesses(node, init, joined, boot, apiServer);
        NodeSockets sockets = new NodeSockets(node, network, processes);
        NodeUnits units = new NodeUnits(node, network, processes);
        // kubeadm labs point crictl at containerd, so it does not warn about guessing the endpoint
        files.write("/etc/crictl.yaml", "runtime-endpoint: unix:///run/containerd/containerd.sock\n"
                + "image-endpoint: unix:///run/containerd/containerd.sock\n", false);
        return List.of(new Ps(processes, clock), new SsCommand(sockets, clock), new Netstat(sockets, clock, node),
                new Systemctl(units, clock), new Journalctl(units, clock),
                new Crictl(node, network.store(), processes, clock));
    }
}
