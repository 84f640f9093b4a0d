package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

/**
 * What a node has from its Ubuntu 22.04 cloud image before kubeadm: the top folders (bin, lib, lib32, lib64,
 * libx32 and sbin are links to usr/… on a real system; here they are plain folders) and the folders the
 * lab's tools live in.
 */
final class UbuntuImage {
    private static final String[] FOLDERS = {"/bin", "/boot", "/home", "/lib", "/lib32", "/lib64", "/libx32",
        "/lost+found", "/media", "/mnt", "/opt", "/proc", "/run", "/sbin", "/snap", "/srv", "/sys", "/usr",
        "/usr/bin", "/usr/sbin", "/usr/local", "/usr/local/bin", "/var/lib"};

    private UbuntuImage() {
    }

    static void lay(FileSystem files) {
        for (String folder : FOLDERS) {
            files.makeDirectory(folder, true);
        }
        files.chmod("/lost+found", 0700);
    }
}
