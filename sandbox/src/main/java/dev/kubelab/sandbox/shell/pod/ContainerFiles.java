package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.Server;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.time.Instant;

/**
 * A container's files as a shell sees them: the image's top folders and the three files the kubelet mounts. The
 * image's files carry the image's time, the kubelet's those of the pod's start, the learner's the lab clock's.
 */
public final class ContainerFiles {
    /**
     * When the images' files were made: one date for all, after the newest release the catalog serves (nginx
     * 1.27.5 of 16 April 2025), so that no file predates its software. A plausible value, not any image's own.
     */
    static final Instant IMAGE_BUILT = Instant.parse("2025-04-16T18:01:00Z");

    private ContainerFiles() {
    }

    public static FileSystem create(PodTarget target, ImageShell image, SimClock clock) {
        FileSystem files = new FileSystem(IMAGE_BUILT);
        ImageOs os = ImageOs.of(target.container().image(), image);
        os.folders().forEach(folder -> files.makeDirectory(folder, true));
        files.makeDirectory(image.home(), true);
        files.chown(image.home(), image.owner());
        files.makeDirectory(image.workdir(), true);
        files.remove("/etc/kubernetes", true);
        os.osRelease().ifPresent(text -> files.write("/etc/os-release", text, false));
        servedPages(target, files);
        Instant started = target.pod().status() == null ? null : target.pod().status().startTime();
        files.stampWith(() -> started == null ? clock.now() : started);
        files.write("/etc/resolv.conf", resolvConf(target), false);
        files.write("/etc/hostname", target.hostname() + "\n", false);
        files.write("/etc/hosts", hosts(target), false);
        files.stampWith(clock, image.owner());
        files.changeDirectory(image.workdir());
        return files;
    }

    /**
     * A web server's docroot with its index.html (nginx's welcome page…), so `cat` shows it and a learner can
     * change it to tell replicas apart. Not when a volume is mounted there: then another container fills it.
     */
    private static void servedPages(PodTarget target, FileSystem files) {
        for (Server server : ImageCatalog.standard().process(target.container()).servers()) {
            String docroot = server.docroot();
            boolean mounted = target.container().volumeMounts().stream()
                    .anyMatch(m -> docroot != null && (docroot + "/").startsWith(m.mountPath().replaceAll("/+$", "") + "/"));
            if (docroot == null || mounted) {
                continue;
            }
            files.makeDirectory(docroot, true);
            if (server.http() != null && server.http().serves("/index.html")) {
                files.write(docroot + "/index.html", server.http().body(), false);
            }
            server.pages().forEach((path, body) -> files.write(docroot + path, body, false));
        }
    }

    /** Written by containerd from the kubelet's ClusterFirst settings: search, nameserver, options. */
    static String resolvConf(PodTarget target) {
        return ResolvConf.clusterFirst(target.pod().metadata().namespace()).render();
    }

    /** The kubelet-managed hosts file (kubelet_pods.go managedHostsFileContent), tab-separated. */
    static String hosts(PodTarget target) {
        String podIP = target.pod().status() == null ? null : target.pod().status().podIP();
        StringBuilder out = new StringBuilder("# Kubernetes-managed hosts file.\n")
                .append("127.0.0.1\tlocalhost\n")
                .append("::1\tlocalhost ip6-localhost ip6-loopback\n")
                .append("fe00::0\tip6-localnet\n")
                .append("fe00::0\tip6-mcastprefix\n")
                .append("fe00::1\tip6-allnodes\n")
                .append("fe00::2\tip6-allrouters\n");
        String subdomain = target.pod().spec().subdomain();
        if (podIP != null && subdomain != null) {
            // kubelet: "IP<TAB>hostname.subdomain.ns.svc.cluster.local<TAB>hostname" when a subdomain is set
            out.append(podIP).append('\t').append(target.hostname()).append('.').append(subdomain).append('.')
                    .append(target.pod().metadata().namespace()).append(".svc.cluster.local\t")
                    .append(target.hostname()).append('\n');
        } else if (podIP != null) {
            out.append(podIP).append('\t').append(target.hostname()).append('\n');
        }
        return out.toString();
    }
}
