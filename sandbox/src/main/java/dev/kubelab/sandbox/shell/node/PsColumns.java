package dev.kubelab.sandbox.shell.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * `ps -o FORMAT` columns as procps-ng 3.3.17 names, heads and sizes them (output.c's format table): numbers
 * right-aligned, text left-aligned, one space between, the last column unpadded; "pid=" empties a header,
 * "pid=ID" renames it, and a header line of nothing but empty headers is left out.
 */
final class PsColumns {
    record Column(String header, int width, boolean right, BiFunction<ProcessRow, Instant, String> value) {
        Column titled(String title) {
            return new Column(title, width, right, value);
        }
    }

    private static final Map<String, Column> KNOWN = Map.ofEntries(
            Map.entry("pid", new Column("PID", 7, true, (p, now) -> String.valueOf(p.pid()))),
            Map.entry("ppid", new Column("PPID", 7, true, (p, now) -> String.valueOf(p.ppid()))),
            Map.entry("user", new Column("USER", 8, false, (p, now) -> p.user())),
            Map.entry("comm", new Column("COMMAND", 15, false, (p, now) -> p.comm())),
            Map.entry("ucmd", new Column("CMD", 15, false, (p, now) -> p.comm())),
            Map.entry("args", new Column("COMMAND", 27, false, (p, now) -> p.command())),
            Map.entry("cmd", new Column("CMD", 27, false, (p, now) -> p.command())),
            Map.entry("%cpu", new Column("%CPU", 4, true, (p, now) -> String.format(Locale.ROOT, "%.1f",
                    p.cpuShare() * 100))),
            Map.entry("%mem", new Column("%MEM", 4, true, (p, now) -> String.format(Locale.ROOT, "%.1f",
                    p.rssKib() * 100.0 / PsFormat.MEM_TOTAL_KIB))),
            Map.entry("rss", new Column("RSS", 5, true, (p, now) -> String.valueOf(p.rssKib()))),
            Map.entry("vsz", new Column("VSZ", 6, true, (p, now) -> String.valueOf(p.vszKib()))),
            Map.entry("tty", new Column("TT", 8, false, (p, now) -> p.tty())),
            Map.entry("stat", new Column("STAT", 4, false, (p, now) -> p.stat())),
            Map.entry("time", new Column("TIME", 8, true, (p, now) -> PsFormat.cpuTime(p.cpuSeconds(now)))),
            Map.entry("etime", new Column("ELAPSED", 11, true, (p, now) -> elapsed(p, now))),
            Map.entry("etimes", new Column("ELAPSED", 7, true, (p, now) -> String.valueOf(seconds(p, now)))),
            Map.entry("stime", new Column("STIME", 5, true, (p, now) -> PsFormat.start(p.started(), now))),
            Map.entry("ni", new Column("NI", 3, true, (p, now) -> "0")));
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("pcpu", "%cpu"),
            Map.entry("pmem", "%mem"), Map.entry("command", "args"), Map.entry("ucomm", "comm"),
            Map.entry("uname", "user"), Map.entry("euser", "user"), Map.entry("rssize", "rss"),
            Map.entry("rsz", "rss"), Map.entry("vsize", "vsz"), Map.entry("tname", "tty"), Map.entry("tt", "tty"),
            Map.entry("cputime", "time"), Map.entry("nice", "ni"), Map.entry("start_time", "stime"),
            Map.entry("lwp", "pid"), Map.entry("tid", "pid"), Map.entry("tgid", "pid"), Map.entry("spid", "pid"));

    private PsColumns() {
    }

    /** The columns of "-o pid,comm" (several -o add up); throws with the name of one it does not know. */
    static List<Column> parse(List<String> formats) {
        List<Column> columns = new ArrayList<>();
        for (String format : formats) {
            // "pid=ID" renames and takes the rest of the argument; otherwise commas or spaces separate names
            String[] names = format.contains("=") ? format.substring(0, format.indexOf('=')).split("[, ]+")
                    : format.split("[, ]+");
            for (int k = 0; k < names.length; k++) {
                String name = names[k].toLowerCase(Locale.ROOT);
                Column column = KNOWN.get(ALIASES.getOrDefault(name, name));
                if (column == null) {
                    throw new IllegalArgumentException(names[k]);
                }
                boolean renamed = k == names.length - 1 && format.contains("=");
                columns.add(renamed ? column.titled(format.substring(format.indexOf('=') + 1)) : column);
            }
        }
        return columns;
    }

    static String header(List<Column> columns) {
        return columns.stream().allMatch(c -> c.header().isEmpty()) ? null : line(columns, Column::header, null, null);
    }

    static String row(List<Column> columns, ProcessRow p, Instant now) {
        return line(columns, null, p, now);
    }

    private static String line(List<Column> columns, java.util.function.Function<Column, String> header,
                               ProcessRow p, Instant now) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            String text = header != null ? header.apply(c) : c.value().apply(p, now);
            boolean last = k == columns.size() - 1;
            String cell = c.right() ? " ".repeat(Math.max(0, c.width() - text.length())) + text
                    : last ? text : text + " ".repeat(Math.max(0, c.width() - text.length()));
            out.append(k == 0 ? "" : " ").append(cell);
        }
        return out.toString();
    }

    private static long seconds(ProcessRow p, Instant now) {
        return Math.max(0, now.getEpochSecond() - p.started().getEpochSecond());
    }

    /** etime: [[DD-]hh:]mm:ss. */
    private static String elapsed(ProcessRow p, Instant now) {
        long s = seconds(p, now);
        String ms = String.format("%02d:%02d", s / 60 % 60, s % 60);
        if (s < 3600) {
            return ms;
        }
        String hms = String.format("%02d:", s / 3600 % 24) + ms;
        return s >= 86400 ? String.format("%02d-", s / 86400) + hms : hms;
    }
}
