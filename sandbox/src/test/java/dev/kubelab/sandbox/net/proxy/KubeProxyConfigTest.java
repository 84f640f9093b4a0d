package dev.kubelab.sandbox.net.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The two fields of config.conf the dataplane depends on: mode and ipvs.strictARP. */
class KubeProxyConfigTest {
    @Test
    void readsModeAndStrictArpUnderIpvs() {
        assertEquals(new KubeProxyConfig(ProxyMode.IPVS, true),
                KubeProxyConfig.of("ipvs:\n  scheduler: \"\"\n  strictARP: true\n  syncPeriod: 0s\nmode: \"ipvs\"\n"));
        assertEquals(new KubeProxyConfig(ProxyMode.IPTABLES, false),
                KubeProxyConfig.of("ipvs:\n  strictARP: false\nmode: \"\"\n"));
        assertEquals(new KubeProxyConfig(ProxyMode.IPVS, false),
                KubeProxyConfig.of("strictARP: true\nipvs:\n  scheduler: rr\nmode: ipvs\n"),
                "strictARP outside the ipvs block is not the IPVS setting");
        assertEquals(KubeProxyConfig.DEFAULT, KubeProxyConfig.of(null));
    }

    @Test
    void onlyIpvsWithoutStrictArpAnswersForVirtualAddresses() {
        assertEquals(true, new KubeProxyConfig(ProxyMode.IPVS, false).answersArpForVirtualIps());
        assertEquals(false, new KubeProxyConfig(ProxyMode.IPVS, true).answersArpForVirtualIps());
        assertEquals(false, new KubeProxyConfig(ProxyMode.IPTABLES, false).answersArpForVirtualIps());
    }
}
