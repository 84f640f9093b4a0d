package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.Record;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.net.dns.WireSize;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** dig's output (dig.c printmessage/received, message.c sectiontotext) for one reply, or for no reply at all. */
final class DigPrinter {
    static final String USAGE = "Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n"
            + "            {global-d-opt} host [@local-server] {local-d-opt}\n"
            + "            [ host [@local-server] {local-d-opt} [...]]\n";
    /** strftime("%a %b %d %H:%M:%S %Z %Y"): the day of the month is zero-padded, unlike date's. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final DigOptions o;
    private final String version;
    private final String args;
    private final TextSink out;

    DigPrinter(DigOptions o, String version, String args, TextSink out) {
        this.o = o;
        this.version = version;
        this.args = args;
        this.out = out;
    }

    /** Every try times out: the warnings, then the command line, then the verdict. */
    void timedOut(String address) {
        for (int i = 0; i < o.tries; i++) {
            out.println(";; communications error to " + address + "#53: timed out");
        }
        banner();
        out.println(";; no servers could be reached");
    }

    void reply(Reply reply, DnsServer server, String serverName, int id, String cookie, Instant now) {
        if (o.shortForm) {
            if (o.answer) {
                reply.answers().forEach(r -> out.println(r.dottedData()));
            }
            return;
        }
        banner();
        if (o.comments) {
            header(reply, id);
            out.print("\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: " + server.ednsUdpSize() + "\n");
            if (cookie != null) {
                out.println("; COOKIE: " + cookie + " (echoed)");
            }
        }
        if (o.question) {
            comment(";; QUESTION SECTION:");
            out.println(MasterText.question(reply.question()));
            comment("");
        }
        section(o.answer, "ANSWER", reply.answers());
        section(o.authority, "AUTHORITY", reply.authority());
        section(o.additional, "ADDITIONAL", reply.additional());
        if (o.stats) {
            out.println(";; Query time: 0 msec");
            out.println(";; SERVER: " + server.address() + "#53(" + serverName + ") (" + (o.tcp ? "TCP" : "UDP") + ")");
            out.println(";; WHEN: " + WHEN.format(now));
            out.println(";; MSG SIZE  rcvd: " + WireSize.of(reply, true, cookie != null));
            out.print("\n");
        }
    }

    private void banner() {
        if (!o.cmd || o.shortForm) {
            return;
        }
        out.print("\n; <<>> DiG " + version + " <<>>" + (args.isEmpty() ? "" : " " + args) + "\n");
        if (o.server != null) {
            out.println("; (1 server found)");
        }
        out.println(";; global options: +cmd");
    }

    private void header(Reply reply, int id) {
        out.println(";; Got answer:");
        if (DnsNames.within(reply.question().name(), "local")) {
            out.println(";; WARNING: .local is reserved for Multicast DNS");
            out.println(";; You are currently testing what happens when an mDNS query is leaked to DNS");
        }
        out.println(";; ->>HEADER<<- opcode: QUERY, status: " + reply.rcode().name() + ", id: " + id);
        out.println(";; flags: qr" + (reply.authoritative() ? " aa" : "") + " rd"
                + (reply.recursionAvailable() ? " ra" : "") + "; QUERY: 1, ANSWER: " + reply.answers().size()
                + ", AUTHORITY: " + reply.authority().size() + ", ADDITIONAL: " + (reply.additional().size() + 1));
        if (!reply.recursionAvailable()) {
            out.println(";; WARNING: recursion requested but not available");
        }
    }

    private void section(boolean shown, String title, List<Record> records) {
        if (!shown || records.isEmpty()) {
            return;
        }
        comment(";; " + title + " SECTION:");
        records.forEach(r -> out.println(MasterText.record(r)));
        comment("");
    }

    /** Section titles and the blank line after each section are comments: +nocomments drops them. */
    private void comment(String line) {
        if (o.comments) {
            out.println(line);
        }
    }
}
