package dev.kubelab.sandbox.net.dns;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The size in bytes of a reply on the wire (dig's "MSG SIZE rcvd"): header, question, records with name
 * compression (RFC 1035 4.1.4; SRV targets are never compressed) and the OPT record with an optional cookie.
 */
public final class WireSize {
    private static final int HEADER = 12;
    private static final int RR_FIXED = 10;
    private static final int OPT = 11;
    private static final int ECHOED_COOKIE = 12;
    private final Set<String> written = new HashSet<>();

    private WireSize() {
    }

    public static int of(Reply reply, boolean edns, boolean cookie) {
        WireSize w = new WireSize();
        int size = HEADER + w.name(reply.question().name()) + 4;
        size += w.records(reply.answers()) + w.records(reply.authority()) + w.records(reply.additional());
        if (edns) {
            size += OPT + (cookie ? ECHOED_COOKIE : 0);
        }
        return size;
    }

    private int records(List<Record> records) {
        int size = 0;
        for (Record r : records) {
            size += name(r.name()) + RR_FIXED + rdata(r);
        }
        return size;
    }

    private int rdata(Record r) {
        switch (r.type()) {
            case A:
                return 4;
            case AAAA:
                return 16;
            case CNAME:
            case PTR:
            case NS:
                return name(r.data());
            case SRV:
                return 6 + uncompressed(r.targetName());
            case SOA: {
                String[] f = r.data().split(" ");
                return name(f[0]) + name(f[1]) + 20;
            }
            default:
                return r.data().length() + 1;
        }
    }

    /** A name, ending in a pointer at the longest suffix already in the message. */
    private int name(String name) {
        int size = 0;
        String rest = name;
        while (!rest.isEmpty()) {
            if (!written.add(rest)) {
                return size + 2;
            }
            int dot = rest.indexOf('.');
            String label = dot < 0 ? rest : rest.substring(0, dot);
            size += 1 + label.length();
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return size + 1;
    }

    private static int uncompressed(String name) {
        return name.isEmpty() ? 1 : name.length() + 2;
    }
}
