package dev.kubelab.sandbox.kubectl.refused;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** One klog line as kubectl writes it to stderr: "E1127 10:00:00.031402    4242 file.go:265] message". */
final class KlogLine {
    private KlogLine() {
    }

    static String error(Instant at, int pid, String source, String message) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return String.format("E%02d%02d %02d:%02d:%02d.%06d %7d %s] %s", t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000, pid, source, message);
    }
}
