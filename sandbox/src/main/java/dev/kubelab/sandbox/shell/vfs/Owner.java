package dev.kubelab.sandbox.shell.vfs;

/** Who owns an entry: user and group, by name and number (root everywhere but in images that run as a user). */
public record Owner(String user, int uid, String group, int gid) {
    public static final Owner ROOT = new Owner("root", 0, "root", 0);
}
