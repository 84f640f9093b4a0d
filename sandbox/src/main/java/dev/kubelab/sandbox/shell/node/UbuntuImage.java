package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

/**
 * What a node has from its Ubuntu 22.04 cloud image before kubeadm: the top folders (bin, lib, lib32, lib64,
 * libx32 and sbin are links to usr/… on a real system; here they are plain folders) and the folders the
 * lab's tools live in, and /etc/os-release.
 */
final class UbuntuImage {
    private static final String[] FOLDERS = {"/bin", "/boot", "/home", "/lib", "/lib32", "/lib64", "/libx32",
        "/lost+found", "/media", "/mnt", "/opt", "/proc", "/run", "/sbin", "/snap", "/srv", "/sys", "/usr",
        "/usr/bin", "/usr/sbin", "/usr/local", "/usr/local/bin", "/var/lib"};

    /** Ubuntu 22.04.5's os-release, matching the nodes' OS-IMAGE (ClusterFacts.OS_IMAGE). */
    static final String OS_RELEASE = """
            PRETTY_NAME="Ubuntu 22.04.5 LTS"
            NAME="Ubuntu"
            VERSION_ID="22.04"
            VERSION="22.04.5 LTS (Jammy Jellyfish)"
            VERSION_CODENAME=jammy
            ID=ubuntu
            ID_LIKE=debian
            HOME_URL="https://www.ubuntu.com/"
            SUPPORT_URL="https://help.ubuntu.com/"
            BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
            PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
            UBUNTU_CODENAME=jammy
            """;

    /** systemd-resolved's stub file (systemd 249), which /etc/resolv.conf links to on Ubuntu 22.04. */
    static final String STUB_RESOLV_CONF = """
            # This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
            # Do not edit.
            #
            # This file might be symlinked as /etc/resolv.conf. If you're looking at
            # /etc/resolv.conf and seeing this text, you have followed the symlink.
            #
            # This is a dynamic resolv.conf file for connecting local clients to the
            # internal DNS stub resolver of systemd-resolved. This file lists all
            # configured search domains.
            #
            # Run "resolvectl status" to see details about the uplink DNS servers
            # currently in use.
            #
            # Third party programs should typically not access this file directly, but only
            # through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a
            # different way, replace this symlink by a static file or a different symlink.
            #
            # See man:systemd-resolved.service(8) for details about the supported modes of
            # operation for /etc/resolv.conf.

            nameserver 127.0.0.53
            options edns0 trust-ad
            search .
            """;

    private UbuntuImage() {
    }

    /**
     * The node's own files: hostname, the hosts file (Ubuntu's defaults, then every node of the lab, as lab
     * environments list them so the nodes reach each other by name) and the resolver stub.
     */
    static void identify(FileSystem files, String node, java.util.Map<String, String> nodes) {
        files.write("/etc/hostname", node + "\n", false);
        StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n\n");
        hosts.append("# The following lines are desirable for IPv6 capable hosts\n")
                .append("::1     ip6-localhost ip6-loopback\n").append("fe00::0 ip6-localnet\n")
                .append("ff00::0 ip6-mcastprefix\n").append("ff02::1 ip6-allnodes\n")
                .append("ff02::2 ip6-allrouters\n");
        nodes.forEach((name, ip) -> hosts.append(ip).append(' ').append(name).append('\n'));
        files.write("/etc/hosts", hosts.toString(), false);
        files.makeDirectory("/run/systemd/resolve", true);
        files.write("/run/systemd/resolve/stub-resolv.conf", STUB_RESOLV_CONF, false);
        files.write("/etc/resolv.conf", STUB_RESOLV_CONF, false); // a link to the stub on a real system
    }

    static void lay(FileSystem files) {
        for (String folder : FOLDERS) {
            files.makeDirectory(folder, true);
        }
        files.chmod("/lost+found", 0700);
        files.write("/usr/lib/os-release", OS_RELEASE, false);
        files.write("/etc/os-release", OS_RELEASE, false); // a link to ../usr/lib/os-release on a real system
    }
}
