package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;
import dev.kubelab.sandbox.shell.builtin.ExitBuiltin;
import dev.kubelab.sandbox.shell.builtin.SshBuiltin;
import dev.kubelab.sandbox.shell.node.NodeSetup;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hosts the learner can be on, each made with its programs when first visited, and the login chain: the
 * control plane first, then each ssh (or container shell) on top, left again with exit or logout.
 */
final class Logins {
    private final Map<String, Host> hosts = new HashMap<>();
    private final Deque<Host> chain = new ArrayDeque<>();
    private final Supplier<Map<String, String>> nodes;
    private final Host.Services services;
    /** What curl, nslookup, iptables… on every host read and reach. */
    private final Network network;
    /** The nodes' own files and programs (manifests, ps). */
    private final NodeSetup nodeSetup;
    /** Shells inside containers, for kubectl exec and kubectl run -it. */
    private final ContainerLogins containers;
    private final AllJobs allJobs;
    private final List<Builtin> controlPlaneCommon;
    private final List<Builtin> workerCommon;

    /**
     * shellBuiltins: what every host's shell has (help, history…); kubectl is configured on the control plane
     * (and the laptop), unconfigured on the workers. nodes lists the node names and InternalIPs one can ssh to.
     */
    Logins(List<Builtin> shellBuiltins, Builtin configuredKubectl, Builtin unconfiguredKubectl,
           Supplier<Map<String, String>> nodes, Host.Services services, Network network, NodeSetup nodeSetup) {
        this.nodes = nodes;
        this.services = services;
        this.network = network;
        this.nodeSetup = nodeSetup;
        this.containers = new ContainerLogins(chain, services, network);
        this.allJobs = new AllJobs(hosts, chain, services.clock());
        List<Builtin> common = new ArrayList<>(shellBuiltins);
        common.addAll(List.of(new ExitBuiltin("exit", this::logout), new ExitBuiltin("logout", this::logout),
                new SshBuiltin(new SshRemote(this::sshTargets, chain, this::host))));
        this.controlPlaneCommon = concat(common, configuredKubectl);
        this.workerCommon = concat(common, unconfiguredKubectl);
        chain.push(host("controlplane"));
    }

    /** The host of the innermost login. */
    Host current() {
        return chain.peek();
    }

    /** The host of that name, made on first use. */
    Host host(String name) {
        return hosts.computeIfAbsent(name, this::newHost);
    }

    ContainerLogins containers() {
        return containers;
    }

    /** The jobs started with `&` on every host. */
    AllJobs allJobs() {
        return allJobs;
    }

    private Host newHost(String name) {
        if (name.equals(World.LAPTOP)) {
            return NetworkHosts.laptop(controlPlaneCommon, services, network);
        }
        Viewpoint here = Viewpoint.node(name, nodes.get().getOrDefault(name, ""));
        List<Builtin> own = new ArrayList<>(name.equals("controlplane") ? controlPlaneCommon : workerCommon);
        FileSystem files = new FileSystem();
        own.addAll(NetworkHosts.nodeTools(here, network, files, containers, services.jobs()));
        own.addAll(nodeSetup.prepare(name, files));
        files.stampWith(services.clock());
        return Host.node(name, files, own, services);
    }

    /** Where ssh can go: the nodes, and the learner's laptop outside the cluster. */
    private Map<String, String> sshTargets() {
        Map<String, String> targets = new LinkedHashMap<>(nodes.get());
        targets.put(World.LAPTOP, World.LAPTOP_IP);
        return targets;
    }

    /** Leaves the current ssh login; null when on the first shell (nothing to leave). */
    private String logout() {
        if (chain.size() == 1) {
            return null;
        }
        Host left = chain.pop();
        left.jobs.hangUp();
        return left.name;
    }

    private static List<Builtin> concat(List<Builtin> common, Builtin kubectl) {
        List<Builtin> all = new ArrayList<>(common);
        all.add(kubectl);
        return all;
    }
}
