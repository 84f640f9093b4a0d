package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.io.Streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SysV options that pick processes and columns: -e/-A (all), -C NAME[,NAME] (by command name), -p PID[,PID],
 * -f (full format), -o FORMAT (own columns). Without -e, -C or -p ps lists the terminal's processes; a selection
 * that matches nothing prints the header alone and fails (status 1), as procps does.
 */
record PsSelection(boolean all, boolean full, List<String> names, List<String> pids, List<String> formats) {
    /** The selection, or null when the options are not of this kind (ps aux, -ef … are read elsewhere). */
    static PsSelection parse(List<String> args) {
        PsSelection s = new PsSelection(false, false, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean all = false;
        boolean full = false;
        boolean picks = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.startsWith("--")) {
                return null;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == 'e' || c == 'A' || c == 'f') {
                    all |= c != 'f';
                    full |= c == 'f';
                    continue;
                }
                if ("oCp".indexOf(c) < 0) {
                    return null;
                }
                String value = j + 1 < arg.length() ? arg.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null) {
                    return null;
                }
                picks = true;
                (c == 'o' ? s.formats() : c == 'C' ? s.names() : s.pids()).addAll(c == 'o' ? List.of(value)
                        : Arrays.asList(value.split("[, ]+")));
                break;
            }
        }
        return picks ? new PsSelection(all, full, s.names(), s.pids(), s.formats()) : null;
    }

    int print(List<ProcessRow> rows, List<PsColumns.Column> columns, Instant now, Streams io) {
        List<ProcessRow> chosen = rows.stream().filter(this::selects).toList();
        if (columns.isEmpty()) {
            io.out().println(full ? PsFormat.FULL_HEADER : PsFormat.SHORT_HEADER);
            chosen.forEach(p -> io.out().println(full ? PsFormat.full(p, now) : PsFormat.brief(p, now)));
        } else {
            String header = PsColumns.header(columns);
            if (header != null) {
                io.out().println(header);
            }
            chosen.forEach(p -> io.out().println(PsColumns.row(columns, p, now)));
        }
        return chosen.isEmpty() ? 1 : 0;
    }

    private boolean selects(ProcessRow p) {
        if (!names.isEmpty() || !pids.isEmpty()) {
            return names.contains(p.comm()) || pids.contains(String.valueOf(p.pid()));
        }
        return all || p.tty().equals("pts/0");
    }
}
