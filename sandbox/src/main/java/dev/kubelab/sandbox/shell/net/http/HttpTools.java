package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;

/** curl and wget for each kind of host, in the versions those hosts really ship. */
public final class HttpTools {
    /** Ubuntu 22.04's curl on the kubeadm nodes; 24.04's on the laptop. */
    private static final String NODE_CURL = "7.81.0";
    private static final String LAPTOP_CURL = "8.5.0";

    private HttpTools() {
    }

    public static List<Builtin> forContainer(String imageRef, ImageShell image, Viewpoint from, Network network,
                                             FileSystem files, ChangedFiles changed) {
        HttpClient client = new HttpClient(from, network, changed);
        List<Builtin> tools = new ArrayList<>();
        if (image.has("curl")) {
            tools.add(new Curl(client, files, containerCurlVersion(imageRef)));
        }
        if (image.has("wget")) {
            tools.add(new BusyboxWget(client, files));
        }
        return tools;
    }

    public static List<Builtin> forNode(Viewpoint from, Network network, FileSystem files, ChangedFiles changed) {
        HttpClient client = new HttpClient(from, network, changed);
        return List.of(new Curl(client, files, NODE_CURL), new GnuWget(client, files, network.clock()));
    }

    public static List<Builtin> forLaptop(Viewpoint from, Network network, FileSystem files) {
        HttpClient client = new HttpClient(from, network, ChangedFiles.NONE);
        return List.of(new Curl(client, files, LAPTOP_CURL), new GnuWget(client, files, network.clock()));
    }

    /** curlimages/curl reports its tag; Debian 12 based images (nginx, httpd) ship 7.88.1; netshoot 8.12. */
    private static String containerCurlVersion(String imageRef) {
        ImageCatalog catalog = ImageCatalog.standard();
        String repository = catalog.lookup(imageRef).map(i -> i.repository()).orElse("");
        if (repository.endsWith("curlimages/curl")) {
            return catalog.version(imageRef);
        }
        return repository.endsWith("nicolaka/netshoot") ? "8.12.1" : "7.88.1";
    }
}
