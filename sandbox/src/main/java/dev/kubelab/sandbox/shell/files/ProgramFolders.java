package dev.kubelab.sandbox.shell.files;

import java.util.Set;

/**
 * Where each system keeps its programs, for which: Ubuntu and Debian (merged /usr) find most in /usr/bin, the
 * network administration tools in /usr/sbin; the busybox image installs every applet in /bin; Alpine splits
 * BusyBox's applets between /bin and /usr/bin (from Alpine's busybox package layout, written down from memory of
 * a 3.x image — the list below is the /bin part) and its packages (curl, bind-tools) go to /usr/bin.
 */
public final class ProgramFolders {
    private static final Set<String> UBUNTU_SBIN = Set.of("iptables", "iptables-save", "iptables-restore",
            "ipvsadm", "ip", "sysctl", "modprobe", "conntrack", "arp", "ifconfig", "route");
    private static final Set<String> ALPINE_BIN = Set.of("sh", "ash", "bash", "base64", "cat", "chmod", "cp",
            "date", "dd", "df", "echo", "false", "grep", "hostname", "kill", "ln", "ls", "mkdir", "more", "mount",
            "mv", "netstat", "ping", "printenv", "ps", "pwd", "rm", "rmdir", "sed", "sleep", "stat", "su",
            "touch", "true", "uname", "watch", "zsh");

    private ProgramFolders() {
    }

    public static String ubuntu(String program) {
        return UBUNTU_SBIN.contains(program) ? "/usr/sbin" : "/usr/bin";
    }

    public static String busyboxImage(String program) {
        return "/bin";
    }

    public static String alpine(String program) {
        return ALPINE_BIN.contains(program) ? "/bin" : "/usr/bin";
    }
}
