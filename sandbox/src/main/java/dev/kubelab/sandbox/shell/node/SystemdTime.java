package dev.kubelab.sandbox.shell.node;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How systemd 249 writes times: full timestamps, "4h 38min ago", CPU time, the journal's short dates. */
final class SystemdTime {
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private SystemdTime() {
    }

    /** format_timestamp: "Fri 2026-11-27 04:51:02 UTC". */
    static String full(Instant t) {
        return FULL.format(t);
    }

    /** The journal's short format: "Nov 27 04:51:02". */
    static String journal(Instant t) {
        return SHORT.format(t);
    }

    /** format_timestamp_relative: the two largest units that matter, then "ago". */
    static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        long min = s / 60;
        long h = s / 3600;
        long d = s / 86400;
        if (d >= 2) {
            return d + " days ago";
        }
        if (h >= 25) {
            return "1 day " + (h - 24) + "h ago";
        }
        if (h >= 6) {
            return h + "h ago";
        }
        if (h >= 1) {
            return h + "h " + (min % 60) + "min ago";
        }
        if (min >= 5) {
            return min + "min ago";
        }
        if (min >= 1) {
            return min + "min " + (s % 60) + "s ago";
        }
        return s > 0 ? s + "s ago" : "now";
    }

    /** format_timespan of CPU time in ms precision: "1min 55.412s", "3.210s", "1h 2min 3.000s". */
    static String cpu(long millis) {
        long h = millis / 3_600_000;
        long min = millis / 60_000 % 60;
        String seconds = String.format("%d.%03ds", millis / 1000 % 60, millis % 1000);
        return (h > 0 ? h + "h " : "") + (h > 0 || min > 0 ? min + "min " : "") + seconds;
    }
}
