package dev.kubelab.sandbox.shell.files;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ls -l lines. GNU sizes each column to the widest value of the listing; BusyBox prints fixed widths
 * ("%-10s %4lu %-8.8s %-8.8s %9llu "). Both show "Nov 27 10:00" for times of the last six months and
 * "Sep 11  2024" otherwise.
 */
final class LsLong {
    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** GNU: half a Gregorian year (31556952 s / 2); BusyBox: half of 365 days. */
    private static final Duration GNU_HALF_YEAR = Duration.ofSeconds(31556952 / 2);
    private static final Duration BUSYBOX_HALF_YEAR = Duration.ofSeconds(3600L * 24 * 365 / 2);

    private LsLong() {
    }

    static List<String> gnu(List<Listed> entries, boolean human, Instant now) {
        int links = 0;
        int sizes = 0;
        int users = 0;
        int groups = 0;
        for (Listed entry : entries) {
            links = Math.max(links, String.valueOf(entry.info().links()).length());
            users = Math.max(users, entry.info().owner().user().length());
            groups = Math.max(groups, entry.info().owner().group().length());
            sizes = Math.max(sizes, gnuSize(entry.info().size(), human).length());
        }
        List<String> lines = new ArrayList<>();
        for (Listed entry : entries) {
            Instant t = entry.info().modified();
            boolean recent = t.isAfter(now.minus(GNU_HALF_YEAR)) && !t.isAfter(now);
            lines.add(entry.info().modeString() + " " + pad(String.valueOf(entry.info().links()), links) + " "
                    + String.format("%-" + users + "s %-" + groups + "s ", entry.info().owner().user(),
                    entry.info().owner().group()) + pad(gnuSize(entry.info().size(), human), sizes) + " "
                    + (recent ? RECENT : OLD).format(t) + " " + entry.name());
        }
        return lines;
    }

    static List<String> busybox(List<Listed> entries, boolean human, Instant now) {
        List<String> lines = new ArrayList<>();
        for (Listed entry : entries) {
            Instant t = entry.info().modified();
            long age = Duration.between(t, now).getSeconds();
            boolean recent = age < BUSYBOX_HALF_YEAR.getSeconds() && age > -15 * 60;
            String size = human ? String.format("%7s", busyboxHuman(entry.info().size()))
                    : String.format("%9d", entry.info().size());
            lines.add(String.format("%-10s %4d %-8.8s %-8.8s %s %s %s", entry.info().modeString(),
                    entry.info().links(), entry.info().owner().user(), entry.info().owner().group(), size,
                    (recent ? RECENT : OLD).format(t), entry.name()));
        }
        return lines;
    }

    /** The "total" line's number: 1 KiB blocks, or with GNU -h those blocks' bytes made human. */
    static String gnuTotal(long kilobytes, boolean human) {
        return human ? gnuHuman(kilobytes * 1024) : String.valueOf(kilobytes);
    }

    private static String gnuSize(long bytes, boolean human) {
        return human ? gnuHuman(bytes) : String.valueOf(bytes);
    }

    /** GNU human_readable with ceiling rounding, powers of 1024: 500, 1.3K (1234), 4.0K, 10K, 15K. */
    static String gnuHuman(long bytes) {
        String units = "KMGTPE";
        long unit = 1;
        int exponent = -1;
        while (bytes >= unit * 1024 && exponent < units.length() - 1) {
            unit *= 1024;
            exponent++;
        }
        if (exponent < 0) {
            return String.valueOf(bytes);
        }
        long tenths = ceilDiv(bytes * 10, unit);
        if (tenths < 100) {
            return tenths / 10 + "." + tenths % 10 + units.charAt(exponent);
        }
        long whole = ceilDiv(bytes, unit);
        if (whole == 1024 && exponent < units.length() - 1) {
            return "1.0" + units.charAt(exponent + 1);
        }
        return whole + "" + units.charAt(exponent);
    }

    /** BusyBox make_human_readable_str(size, 1, 0): nearest tenth, always one decimal once scaled (12.1K). */
    static String busyboxHuman(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        String units = "KMGTPE";
        long value = bytes;
        long frac = 0;
        int exponent = -1;
        while (value >= 1024) {
            frac = ((value % 1024) * 10 + 512) / 1024;
            value /= 1024;
            exponent++;
        }
        if (exponent < 0) {
            return String.valueOf(value);
        }
        if (frac >= 10) {
            value++;
            frac = 0;
        }
        return value + "." + frac + units.charAt(exponent);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
