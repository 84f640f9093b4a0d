package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.dns.Record;

import java.util.List;

/** bind nslookup's printsection: "Name:/Address:" for addresses, "owner\tcanonical name = target." for the rest. */
final class BindNslookupPrinter {
    private BindNslookupPrinter() {
    }

    static void section(List<Record> records, boolean answerSection, TextSink out) {
        for (Record r : records) {
            out.print(record(r, answerSection));
        }
    }

    private static String record(Record r, boolean answerSection) {
        switch (r.type()) {
            case A:
            case AAAA:
                if (answerSection) {
                    return "Name:\t" + r.name() + "\nAddress: " + r.data() + "\n";
                }
                return r.name() + "\t" + (r.type() == dev.kubelab.sandbox.net.dns.RecordType.A
                        ? "internet address = " : "has AAAA address ") + r.data() + "\n";
            case SOA: {
                String[] f = r.data().split(" ");
                return (r.name().isEmpty() ? "." : r.name()) + "\n\torigin = " + f[0] + "\n\tmail addr = " + f[1]
                        + "\n\tserial = " + f[2] + "\n\trefresh = " + f[3] + "\n\tretry = " + f[4]
                        + "\n\texpire = " + f[5] + "\n\tminimum = " + f[6] + "\n";
            }
            default:
                return r.name() + "\t" + label(r) + r.dottedData() + "\n";
        }
    }

    /** rtypetext[] of nslookup.c */
    private static String label(Record r) {
        switch (r.type()) {
            case NS:
                return "nameserver = ";
            case CNAME:
                return "canonical name = ";
            case PTR:
                return "name = ";
            case MX:
                return "mail exchanger = ";
            case TXT:
                return "text = ";
            case SRV:
                return "service = ";
            default:
                return "rdata_" + r.type().code() + " = ";
        }
    }
}
