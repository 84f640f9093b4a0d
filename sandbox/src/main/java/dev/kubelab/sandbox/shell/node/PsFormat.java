package dev.kubelab.sandbox.shell.node;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** procps-ng 3.3.17's columns for `ps aux`, `ps -ef` and `ps -e`; times in the node's zone (UTC). */
final class PsFormat {
    /** MemTotal of a lab node, in KiB (4 GiB VM): the base of %MEM. */
    static final long MEM_TOTAL_KIB = 4005940;
    static final String AUX_HEADER = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND";
    static final String FULL_HEADER = "UID          PID    PPID  C STIME TTY          TIME CMD";
    static final String SHORT_HEADER = "    PID TTY          TIME CMD";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMdd", Locale.ROOT);

    private PsFormat() {
    }

    static String aux(ProcessRow p, Instant now) {
        long cpu = p.cpuSeconds(now);
        return String.format(Locale.ROOT, "%-8s %7d %4.1f %4.1f %6d %5d %-8s %-4s %5s %6s %s", p.user(), p.pid(),
                p.cpuShare() * 100, p.rssKib() * 100.0 / MEM_TOTAL_KIB, p.vszKib(), p.rssKib(), p.tty(), p.stat(),
                start(p.started(), now), cpu / 60 + ":" + String.format("%02d", cpu % 60), p.command());
    }

    static String full(ProcessRow p, Instant now) {
        return String.format(Locale.ROOT, "%-8s %7d %7d %2d %5s %-8s %8s %s", p.user(), p.pid(), p.ppid(),
                (int) (p.cpuShare() * 100), start(p.started(), now), p.tty(), cpuTime(p.cpuSeconds(now)), p.command());
    }

    static String brief(ProcessRow p, Instant now) {
        return String.format(Locale.ROOT, "%7d %-8s %8s %s", p.pid(), p.tty(), cpuTime(p.cpuSeconds(now)), p.comm());
    }

    /** START/STIME: the time of day for today's processes, else month and day. */
    static String start(Instant started, Instant now) {
        ZonedDateTime s = started.atZone(ZoneOffset.UTC);
        boolean today = s.toLocalDate().equals(now.atZone(ZoneOffset.UTC).toLocalDate());
        return today ? CLOCK.format(s) : DAY.format(s);
    }

    /** [DD-]HH:MM:SS */
    static String cpuTime(long seconds) {
        long days = seconds / 86400;
        String hms = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return days > 0 ? days + "-" + hms : hms;
    }
}
