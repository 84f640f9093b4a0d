package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.dns.RecordType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** nslookup's setoption(): -type=/-query=/-q= and friends, -search/-nosearch, -ndots=; others are ignored. */
final class BindNslookupOptions {
    private static final List<String> TYPE_KEYS = List.of("type=", "ty=", "querytype=", "query=", "qu=", "q=");
    private static final List<String> KNOWN = List.of("class=", "cl=", "domain=", "do=", "port=", "po=", "timeout=",
            "t=", "retry=", "ret=", "recurse", "norecurse", "vc", "novc", "debug", "nodebug", "d2", "nod2",
            "defname", "nodefname", "sil", "fail", "nofail");

    RecordType type = RecordType.A;
    boolean defaultLookups = true;
    boolean search = true;
    int ndots;

    BindNslookupOptions(int ndots) {
        this.ndots = ndots;
    }

    void set(String opt, TextSink out) {
        String lower = opt.toLowerCase(Locale.ROOT);
        for (String key : TYPE_KEYS) {
            if (lower.startsWith(key)) {
                String value = opt.substring(key.length());
                Optional<RecordType> t = RecordType.parse(value);
                if (t.isEmpty()) {
                    out.println("unknown query type: " + value);
                } else {
                    type = t.get();
                    defaultLookups = false;
                }
                return;
            }
        }
        if (lower.startsWith("ndots=")) {
            String value = lower.substring(6);
            if (value.matches("\\d{1,3}")) {
                ndots = Integer.parseInt(value);
            }
        } else if (lower.equals("sea") || lower.equals("sear") || lower.equals("searc") || lower.equals("search")) {
            search = true;
        } else if (lower.startsWith("nosea") && "nosearch".startsWith(lower)) {
            search = false;
        } else if (KNOWN.stream().noneMatch(k -> k.endsWith("=") ? lower.startsWith(k) : k.equals(lower))) {
            out.println("*** Invalid option: " + opt);
        }
    }
}
