package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.files.ProgramFolders;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.net.ProbeTools;
import dev.kubelab.sandbox.shell.net.dns.DnsTools;
import dev.kubelab.sandbox.shell.net.http.HttpTools;
import dev.kubelab.sandbox.shell.net.proxy.ProxyTools;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The network programs of each kind of host, bound to where they run: a container (what its image ships),
 * a kubeadm node (Ubuntu 22.04: curl 7.81, GNU wget, bind tools, iptables, ipvsadm) and the learner's laptop
 * outside the cluster (no kubectl, no cluster DNS).
 */
final class NetworkHosts {
    private static final String LAPTOP_HOME = "/home/learner";

    private NetworkHosts() {
    }

    static List<Builtin> containerTools(String imageRef, ImageShell image, Viewpoint here, Network network,
                                        FileSystem files, ContainerLogins containers, JobControl jobs) {
        List<Builtin> tools = new ArrayList<>(DnsTools.forContainer(imageRef, image, here, network));
        tools.addAll(ProbeTools.forContainer(imageRef, image, here, network, jobs));
        tools.addAll(HttpTools.forContainer(imageRef, image, here, network, files, containers::changedFile));
        return tools;
    }

    static List<Builtin> nodeTools(Viewpoint here, Network network, FileSystem files, ContainerLogins containers,
                                   JobControl jobs) {
        List<Builtin> tools = new ArrayList<>(DnsTools.forNode(here, network));
        tools.addAll(ProbeTools.forNode(here, network, jobs));
        tools.addAll(ProxyTools.forNode(here, network));
        tools.addAll(HttpTools.forNode(here, network, files, containers::changedFile));
        return tools;
    }

    /** The laptop: a user's bash ("learner@laptop:~$ "), curl and DNS tools that see only the outside world. */
    static Host laptop(List<Builtin> common, Host.Services services, Network network) {
        Viewpoint here = Viewpoint.laptop();
        Environment env = Environment.forHost(World.LAPTOP);
        env.export("HOME", LAPTOP_HOME);
        env.export("USER", "learner");
        env.export("LOGNAME", "learner");
        env.export("PWD", LAPTOP_HOME);
        FileSystem files = new FileSystem();
        files.makeDirectory(LAPTOP_HOME, true);
        files.remove("/etc/kubernetes", true);
        files.write("/etc/resolv.conf", here.resolv().render(), false);
        files.changeDirectory(LAPTOP_HOME);
        files.stampWith(services.clock());
        List<Builtin> own = new ArrayList<>(common);
        own.add(ContainerPrograms.whoami("learner"));
        own.addAll(DnsTools.forNode(here, network));
        own.addAll(HttpTools.forLaptop(here, network, files));
        own.add(ProxyTools.arping(here, network));
        own.addAll(ProbeTools.forNode(here, network, services.jobs())); // Ubuntu's iputils and netcat-openbsd
        return new Host(World.LAPTOP, env, files, own, Set.of("kubectl", "sudo"), ProgramFolders::ubuntu, services,
                program -> program + ": command not found", Host::loginBash,
                (cwd, home) -> "learner@" + World.LAPTOP + ":" + Host.tilde(cwd, home) + "$ ");
    }
}
