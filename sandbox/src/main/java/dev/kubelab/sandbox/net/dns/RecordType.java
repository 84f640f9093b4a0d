package dev.kubelab.sandbox.net.dns;

import java.util.Locale;
import java.util.Optional;

/** The record types the lab's DNS serves, with their wire codes (RFC 1035, 2782, 3596). */
public enum RecordType {
    A(1), NS(2), CNAME(5), SOA(6), PTR(12), MX(15), TXT(16), AAAA(28), SRV(33), ANY(255);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** "srv", "A", "Aaaa"… as the tools accept them on the command line. */
    public static Optional<RecordType> parse(String text) {
        for (RecordType t : values()) {
            if (t.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
