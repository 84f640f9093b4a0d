package dev.kubelab.sandbox.net.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * A DNS response: its rcode, the aa and ra flags and the three record sections. NODATA is NOERROR with no
 * answers (the authority section then holds the zone's SOA, as real servers send it).
 */
public record Reply(Question question, Rcode rcode, boolean authoritative, boolean recursionAvailable,
                    List<Record> answers, List<Record> authority, List<Record> additional) {
    public Reply {
        answers = List.copyOf(answers);
        authority = List.copyOf(authority);
        additional = List.copyOf(additional);
    }

    public static Reply answer(Question q, boolean aa, boolean ra, List<Record> answers) {
        return new Reply(q, Rcode.NOERROR, aa, ra, answers, List.of(), List.of());
    }

    public static Reply negative(Question q, Rcode rcode, boolean aa, boolean ra, Record soa) {
        return new Reply(q, rcode, aa, ra, List.of(), soa == null ? List.of() : List.of(soa), List.of());
    }

    public boolean isNxdomain() {
        return rcode == Rcode.NXDOMAIN;
    }

    public boolean isNodata() {
        return rcode == Rcode.NOERROR && answers.isEmpty();
    }

    public Reply withAdditional(List<Record> extra) {
        return new Reply(question, rcode, authoritative, recursionAvailable, answers, authority, extra);
    }

    public Reply withAnswers(List<Record> newAnswers) {
        return new Reply(question, rcode, authoritative, recursionAvailable, newAnswers, authority, additional);
    }

    /** Every TTL capped at max (CoreDNS's cache plugin on forwarded answers). */
    public Reply capTtl(int max) {
        return new Reply(question, rcode, authoritative, recursionAvailable, cap(answers, max), cap(authority, max),
                cap(additional, max));
    }

    /** The IPv4 addresses in the answer section, in order. */
    public List<String> addresses() {
        return answers.stream().filter(r -> r.type() == RecordType.A).map(Record::data).toList();
    }

    /** The name the answer's CNAME chain ends at (the question's name when there is none). */
    public String canonicalName() {
        String name = question.name();
        for (int hops = 0; hops < answers.size(); hops++) {
            String current = name;
            var next = answers.stream()
                    .filter(r -> r.type() == RecordType.CNAME && r.name().equalsIgnoreCase(current)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            name = next.get().data();
        }
        return name;
    }

    private static List<Record> cap(List<Record> records, int max) {
        List<Record> out = new ArrayList<>(records.size());
        records.forEach(r -> out.add(r.ttl() > max ? r.withTtl(max) : r));
        return out;
    }
}
