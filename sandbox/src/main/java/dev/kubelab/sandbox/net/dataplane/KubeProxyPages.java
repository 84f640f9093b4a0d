package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.net.proxy.NodeRules;
import dev.kubelab.sandbox.net.proxy.ProxyFacts;
import dev.kubelab.sandbox.net.proxy.Table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * kube-proxy's two HTTP servers (cmd/kube-proxy/app/server.go): metrics on 127.0.0.1:10249 (/proxyMode prints
 * the mode with no newline, /healthz "ok", /metrics Prometheus text) and health on 0.0.0.0:10256 (JSON).
 */
final class KubeProxyPages {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final DateTimeFormatter GO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'").withZone(ZoneOffset.UTC);

    private KubeProxyPages() {
    }

    static NodeSocket metrics(NodeRules rules, Instant now) {
        HttpAnswer mode = text(rules.mode().text());
        return new NodeSocket("kube-proxy", "127.0.0.1",
                new dev.kubelab.sandbox.catalog.Server(ProxyFacts.METRICS_PORT, "TCP",
                        new HttpAnswer(200, List.of("/proxyMode"), Map.of("Content-Type", TEXT), mode.body()), null),
                false, Map.of("/proxyMode", mode, "/healthz", text("ok"), "/metrics", metricsPage(rules, now)));
    }

    static NodeSocket healthz(Instant now) {
        String t = GO_TIME.format(now);
        HttpAnswer json = new HttpAnswer(200, List.of("/healthz", "/livez"),
                Map.of("Content-Type", "application/json", "X-Content-Type-Options", "nosniff"),
                "{\"lastUpdated\": \"" + t + "\",\"currentTime\": \"" + t + "\", \"nodeEligible\": true}");
        return new NodeSocket("kube-proxy", "0.0.0.0",
                new dev.kubelab.sandbox.catalog.Server(ProxyFacts.HEALTHZ_PORT, "TCP", json, null), false, Map.of());
    }

    private static HttpAnswer text(String body) {
        return new HttpAnswer(200, List.of("*"), Map.of("Content-Type", TEXT), body);
    }

    private static HttpAnswer metricsPage(NodeRules rules, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP kubeproxy_sync_proxy_rules_iptables_total [ALPHA] Total rules of iptables\n")
                .append("# TYPE kubeproxy_sync_proxy_rules_iptables_total gauge\n");
        for (String table : List.of("filter", "nat")) {
            out.append("kubeproxy_sync_proxy_rules_iptables_total{table=\"").append(table).append("\"} ")
                    .append(rules.iptables().table(table).map(KubeProxyPages::proxyRules).orElse(0)).append('\n');
        }
        out.append("# HELP kubeproxy_sync_proxy_rules_last_timestamp_seconds [ALPHA] The last time proxy rules"
                        + " were successfully synced\n")
                .append("# TYPE kubeproxy_sync_proxy_rules_last_timestamp_seconds gauge\n")
                .append("kubeproxy_sync_proxy_rules_last_timestamp_seconds ").append(goFloat(now.getEpochSecond()))
                .append('\n');
        return new HttpAnswer(200, List.of("*"), Map.of("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                out.toString());
    }

    /** Rules kube-proxy wrote itself (its KUBE-* chains, not the kubelet's KUBE-FIREWALL). */
    private static int proxyRules(Table t) {
        return t.chains().stream().filter(c -> c.name().startsWith("KUBE-") && !c.name().equals("KUBE-FIREWALL"))
                .mapToInt(c -> c.rules().size()).sum();
    }

    /** Go's strconv 'g' with shortest precision, as Prometheus prints big values: 1.7957736e+09. */
    static String goFloat(long value) {
        String digits = Long.toString(value);
        int exponent = digits.length() - 1;
        if (exponent < 6) { // Go switches to the exponent form from 1e+06 on
            return digits;
        }
        String trimmed = digits.replaceAll("0+$", "");
        String mantissa = trimmed.length() == 1 ? trimmed : trimmed.charAt(0) + "." + trimmed.substring(1);
        return mantissa + "e+" + (exponent < 10 ? "0" : "") + exponent;
    }
}
