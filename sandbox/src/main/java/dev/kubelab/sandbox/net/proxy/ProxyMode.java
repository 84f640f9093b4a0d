package dev.kubelab.sandbox.net.proxy;

import java.util.Locale;

/** kube-proxy's mode: iptables (the Linux default for mode "") or ipvs. /proxyMode prints text(). */
public enum ProxyMode {
    IPTABLES, IPVS;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode field of a KubeProxyConfiguration (config.conf of ConfigMap kube-system/kube-proxy), read as a
     * YAML line `mode: ipvs` / `mode: "ipvs"`; anything else (missing, "", iptables) is iptables.
     */
    public static ProxyMode fromConfig(String configConf) {
        if (configConf == null) {
            return IPTABLES;
        }
        for (String line : configConf.split("\n")) {
            if (line.startsWith("mode:")) {
                String value = line.substring(5).trim().replace("\"", "").replace("'", "");
                return value.equalsIgnoreCase("ipvs") ? IPVS : IPTABLES;
            }
        }
        return IPTABLES;
    }
}
