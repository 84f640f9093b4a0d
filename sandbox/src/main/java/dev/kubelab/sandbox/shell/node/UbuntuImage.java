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

    private UbuntuImage() {
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
