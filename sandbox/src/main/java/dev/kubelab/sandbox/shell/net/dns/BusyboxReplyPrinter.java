package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Rcode;
import dev.kubelab.sandbox.net.dns.Record;
import dev.kubelab.sandbox.net.dns.Reply;

/** One reply as busybox's parse_reply prints it (names without trailing dots), then an empty line. */
final class BusyboxReplyPrinter {
    private BusyboxReplyPrinter() {
    }

    /** Prints the reply; returns 1 for an error rcode (the applet's exit status), else 0. */
    static int print(Question q, Reply reply, TextSink out) {
        int status = 0;
        if (reply.rcode() != Rcode.NOERROR) {
            out.println("** server can't find " + q.name() + ": " + reply.rcode().name());
            status = 1;
        } else {
            if (!reply.authoritative()) {
                out.println("Non-authoritative answer:");
            }
            reply.answers().forEach(r -> out.print(record(r)));
        }
        out.print("\n");
        return status;
    }

    private static String record(Record r) {
        switch (r.type()) {
            case A:
            case AAAA:
                return "Name:\t" + r.name() + "\nAddress: " + r.data() + "\n";
            case NS:
                return r.name() + "\tnameserver = " + r.data() + "\n";
            case CNAME:
                return r.name() + "\tcanonical name = " + r.data() + "\n";
            case PTR:
                return r.name() + "\tname = " + r.data() + "\n";
            case SRV:
                return r.name() + "\tservice = " + r.data() + "\n";
            case SOA: {
                String[] f = r.data().split(" ");
                return r.name() + "\n\torigin = " + f[0] + "\n\tmail addr = " + f[1] + "\n\tserial = " + f[2]
                        + "\n\trefresh = " + f[3] + "\n\tretry = " + f[4] + "\n\texpire = " + f[5]
                        + "\n\tminimum = " + f[6] + "\n";
            }
            default:
                return "";
        }
    }
}
