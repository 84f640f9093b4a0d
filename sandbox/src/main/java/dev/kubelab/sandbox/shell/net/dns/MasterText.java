package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Record;

/**
 * Records as bind's masterdump prints them for dig: owner, TTL, class, type and rdata aligned on columns
 * 24/32/40/48 with tabs (8 wide) and spaces, at least one blank between fields (masterdump.c indent()).
 */
final class MasterText {
    private static final int TTL_COLUMN = 24;
    private static final int CLASS_COLUMN = 32;
    private static final int TYPE_COLUMN = 40;
    private static final int RDATA_COLUMN = 48;
    private static final int TAB = 8;

    private MasterText() {
    }

    static String record(Record r) {
        StringBuilder line = new StringBuilder(DnsNames.dotted(r.name()));
        int column = line.length();
        column = field(line, column, TTL_COLUMN, Integer.toString(r.ttl()));
        column = field(line, column, CLASS_COLUMN, "IN");
        column = field(line, column, TYPE_COLUMN, r.type().name());
        field(line, column, RDATA_COLUMN, r.dottedData());
        return line.toString();
    }

    /** ";name.  IN  TYPE": the ';' does not count towards the columns. */
    static String question(Question q) {
        StringBuilder line = new StringBuilder(DnsNames.dotted(q.name()));
        int column = line.length();
        column = field(line, column, CLASS_COLUMN, "IN");
        field(line, column, TYPE_COLUMN, q.type().name());
        return ";" + line;
    }

    private static int field(StringBuilder line, int from, int to, String text) {
        int target = Math.max(to, from + 1);
        int tabs = target / TAB - from / TAB;
        int at = from;
        if (tabs > 0) {
            line.append("\t".repeat(tabs));
            at = (target / TAB) * TAB;
        }
        line.append(" ".repeat(target - at)).append(text);
        return target + text.length();
    }
}
