package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.RecordType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * dig's command line: [@server] [name] [type] [class] [-x addr] [-t type] [+option…]. Words that name a type
 * (A, SRV…) set the type; IN sets the class; the first other word is the name. An unknown option is kept in
 * {@code invalid} ("+foo" or "-z") for the usage error.
 */
final class DigOptions {
    String server;
    String name;
    RecordType type;
    boolean reverse;
    boolean shortForm;
    boolean search;
    boolean cmd = true;
    boolean comments = true;
    boolean question = true;
    boolean answer = true;
    boolean authority = true;
    boolean additional = true;
    boolean stats = true;
    boolean tcp;
    int tries = 3;
    Integer ndots;
    String invalid;
    boolean help;
    boolean version;

    static DigOptions parse(List<String> args) {
        DigOptions o = new DigOptions();
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size() && o.invalid == null; i++) {
            String a = rest.get(i);
            String next = i + 1 < rest.size() ? rest.get(i + 1) : null;
            if (a.startsWith("@") && a.length() > 1) {
                o.server = a.substring(1);
            } else if (a.startsWith("+")) {
                o.plus(a.substring(1));
            } else if (a.startsWith("-") && a.length() > 1) {
                i += o.dash(a, next);
            } else if (o.type == null && RecordType.parse(a).isPresent()) {
                o.type = RecordType.parse(a).get();
            } else if (o.name == null && !a.equalsIgnoreCase("IN")) {
                o.name = a;
            }
        }
        return o;
    }

    /** -x addr, -t type, -c class, -p port, -4, -6, -h, -v; returns how many extra words it used. */
    private int dash(String a, String next) {
        char c = a.charAt(1);
        String value = a.length() > 2 ? a.substring(2) : next;
        int used = a.length() > 2 ? 0 : 1;
        switch (c) {
            case 'x':
                if (value == null || !DnsNames.isIpv4(value)) {
                    invalid = a;
                    return 0;
                }
                name = value;
                reverse = true;
                return used;
            case 't': {
                Optional<RecordType> t = value == null ? Optional.empty() : RecordType.parse(value);
                if (t.isEmpty()) {
                    invalid = a;
                    return 0;
                }
                type = t.get();
                return used;
            }
            case 'c':
            case 'p':
            case 'q':
            case 'b':
                if (c == 'q') {
                    name = value;
                }
                return used;
            case '4':
            case '6':
            case 'r':
            case 'm':
            case 'u':
                return 0;
            case 'h':
                help = true;
                return 0;
            case 'v':
                version = true;
                return 0;
            default:
                invalid = a;
                return 0;
        }
    }

    /** The +options dig users reach for; each may be abbreviated as dig allows, or negated with "no". */
    private void plus(String option) {
        String opt = option.toLowerCase(Locale.ROOT);
        boolean on = !opt.startsWith("no");
        String key = on ? opt : opt.substring(2);
        String value = key.contains("=") ? key.substring(key.indexOf('=') + 1) : null;
        key = key.contains("=") ? key.substring(0, key.indexOf('=')) : key;
        if (matches(key, "short", 2)) {
            shortForm = on;
        } else if (matches(key, "search", 3) || matches(key, "defname", 3)) {
            search = on;
        } else if (matches(key, "cmd", 2)) {
            cmd = on;
        } else if (matches(key, "comments", 3)) {
            comments = on;
        } else if (matches(key, "question", 2)) {
            question = on;
        } else if (matches(key, "answer", 2)) {
            answer = on;
        } else if (matches(key, "authority", 2)) {
            authority = on;
        } else if (matches(key, "additional", 3)) {
            additional = on;
        } else if (matches(key, "stats", 2)) {
            stats = on;
        } else if (matches(key, "all", 2)) {
            question = authority = answer = additional = comments = stats = cmd = on;
        } else if (matches(key, "tcp", 2) || matches(key, "vc", 2)) {
            tcp = on;
        } else if (matches(key, "tries", 2) && value != null && value.matches("\\d+")) {
            tries = Math.max(1, Integer.parseInt(value));
        } else if (matches(key, "retry", 3) && value != null && value.matches("\\d+")) {
            tries = Integer.parseInt(value) + 1;
        } else if (matches(key, "ndots", 2) && value != null && value.matches("\\d+")) {
            ndots = Integer.parseInt(value);
        } else if (!List.of("time", "timeout", "recurse", "rec", "cookie", "edns", "identify", "ttlid",
                "class", "multiline", "nocookie", "showsearch", "trace", "dnssec", "adflag", "cdflag").contains(key)) {
            invalid = "+" + option;
        }
    }

    private static boolean matches(String given, String full, int min) {
        return given.length() >= min && full.startsWith(given);
    }
}
