package dev.kubelab.sandbox.shell.node;

import java.time.Instant;

/**
 * One process in a node's process table: cpuShare is its average CPU use since it started (0.045 = 4.5%),
 * memory in KiB, stat as ps shows it (Ss, Ssl, R+…), command the full command line.
 */
record ProcessRow(String user, int pid, int ppid, Instant started, double cpuShare, long vszKib, long rssKib,
                  String tty, String stat, String command) {

    /** The kernel's short name (comm, at most 15 characters), what `ps -e` shows as CMD. */
    String comm() {
        if (command.equals("/sbin/init")) {
            return "systemd";
        }
        String first = command.replaceFirst("^[-@]", "").split(" ")[0];
        if (first.startsWith("[")) {
            first = first.substring(1, first.length() - 1);
        }
        first = first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
        String base = first.substring(first.lastIndexOf('/') + 1);
        return base.length() > 15 ? base.substring(0, 15) : base;
    }

    /** CPU seconds used by {@code now}. */
    long cpuSeconds(Instant now) {
        long elapsed = Math.max(0, now.getEpochSecond() - started.getEpochSecond());
        return (long) (elapsed * cpuShare);
    }
}
