package dev.kubelab.sandbox.shell.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What an Ubuntu 22.04 VM runs before Kubernetes: systemd, a few kernel threads, its daemons and containerd. */
final class SystemProcesses {
    private static final String[] KERNEL_THREADS = {"[kthreadd]", "[rcu_gp]", "[rcu_par_gp]", "[slub_flushwq]",
        "[netns]", "[kworker/0:0H-events_highpri]", "[mm_percpu_wq]", "[rcu_tasks_rude_]", "[rcu_tasks_trace]",
        "[ksoftirqd/0]", "[rcu_sched]", "[migration/0]"};

    private SystemProcesses() {
    }

    static List<ProcessRow> of(Instant boot) {
        List<ProcessRow> rows = new ArrayList<>();
        rows.add(new ProcessRow("root", 1, 0, boot, 0.001, 167800, 13100, "?", "Ss", "/sbin/init"));
        for (int i = 0; i < KERNEL_THREADS.length; i++) {
            String name = KERNEL_THREADS[i];
            String stat = name.startsWith("[rcu_gp") || name.startsWith("[rcu_par") || name.startsWith("[slub")
                    || name.startsWith("[netns") || name.startsWith("[kworker") || name.startsWith("[mm_")
                    ? "I<" : i == 0 ? "S" : name.startsWith("[rcu_tasks") ? "I" : "S";
            rows.add(new ProcessRow("root", i + 2, i == 0 ? 0 : 2, boot, 0.0, 0, 0, "?", stat, name));
        }
        rows.add(service(312, boot, "root", 0.0, 48216, 15088, "Ss", "/lib/systemd/systemd-journald"));
        rows.add(service(355, boot, "root", 0.0, 25264, 6264, "Ss", "/lib/systemd/systemd-udevd"));
        rows.add(service(512, boot, "systemd+", 0.0, 16252, 8272, "Ss", "/lib/systemd/systemd-networkd"));
        rows.add(service(514, boot, "systemd+", 0.0, 25532, 12548, "Ss", "/lib/systemd/systemd-resolved"));
        rows.add(service(560, boot, "root", 0.0, 7288, 2796, "Ss", "/usr/sbin/cron -f -P"));
        rows.add(service(561, boot, "message+", 0.0, 8604, 4700, "Ss", "@dbus-daemon --system --address=systemd:"
                + " --nofork --nopidfile --systemd-activation --syslog-only"));
        rows.add(service(570, boot, "root", 0.0, 15060, 7232, "Ss", "/lib/systemd/systemd-logind"));
        rows.add(service(598, boot, "root", 0.0, 15436, 9080, "Ss",
                "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"));
        rows.add(service(612, boot, "root", 0.009, 2317620, 52300, "Ssl", "/usr/bin/containerd"));
        return rows;
    }

    private static ProcessRow service(int pid, Instant boot, String user, double cpu, long vsz, long rss, String stat,
                                      String command) {
        return new ProcessRow(user, pid, 1, boot.plusSeconds(3), cpu, vsz, rss, "?", stat, command);
    }
}
