package dev.kubelab.sandbox.net.dns;

import java.util.Locale;

/** One query: an absolute name (lower case, no trailing dot; "" is the root) and a type. */
public record Question(String name, RecordType type) {
    public Question {
        name = DnsNames.absolute(name).toLowerCase(Locale.ROOT);
    }
}
