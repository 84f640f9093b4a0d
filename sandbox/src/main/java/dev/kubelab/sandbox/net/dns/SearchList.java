package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.net.ResolvConf;

import java.util.ArrayList;
import java.util.List;

/**
 * The names glibc (and bind's tools) try for a name, in order: as typed first when it has at least ndots dots,
 * else the search domains first and the name as typed last. A trailing dot means exactly that name.
 */
public final class SearchList {
    private SearchList() {
    }

    public static List<String> candidates(String name, ResolvConf conf) {
        if (name.endsWith(".")) {
            return List.of(DnsNames.absolute(name));
        }
        boolean asIsFirst = DnsNames.dots(name) >= conf.ndots();
        List<String> out = new ArrayList<>();
        if (asIsFirst) {
            out.add(name);
        }
        conf.search().forEach(domain -> out.add(name + "." + domain));
        if (!asIsFirst) {
            out.add(name);
        }
        return out;
    }
}
