package dev.kubelab.sandbox.net.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chain names of reference §7.3: base32(sha256(servicePortName + protocol [+ endpoint]))[:16]. */
class ChainNamesTest {
    @ParameterizedTest
    @CsvSource({
            "default/kubernetes:https, TCP, KUBE-SVC-NPX46M4PTMTKRN6Y",
            "kube-system/kube-dns:dns, UDP, KUBE-SVC-TCOU7JCQXEZGVUNU",
            "kube-system/kube-dns:dns-tcp, TCP, KUBE-SVC-ERIFXISQEP7F7OF4",
            "kube-system/kube-dns:metrics, TCP, KUBE-SVC-JD5MR3NA4I4DYORP",
            "default/nginx, TCP, KUBE-SVC-2CMXP7HKUVJN7L6M"})
    void serviceChains(String servicePortName, String protocol, String chain) {
        assertEquals(chain, ChainNames.svc(servicePortName, protocol));
    }

    @ParameterizedTest
    @CsvSource({
            "192.168.0.4:80, KUBE-SEP-XEZGRNB3DSJBKDCE",
            "192.168.1.4:80, KUBE-SEP-LJUUEGC24UMYBEWU",
            "192.168.1.5:80, KUBE-SEP-BD6TRYPAX6RNC2PD"})
    void endpointChains(String endpoint, String chain) {
        assertEquals(chain, ChainNames.sep("default/nginx", "TCP", endpoint));
    }

    @ParameterizedTest
    @CsvSource({"default/nginx, KUBE-EXT-2CMXP7HKUVJN7L6M", "default/nginx, KUBE-SVL-2CMXP7HKUVJN7L6M"})
    void externalAndLocalChainsShareTheServiceHash(String name, String chain) {
        String actual = chain.startsWith("KUBE-EXT") ? ChainNames.ext(name, "tcp") : ChainNames.svl(name, "tcp");
        assertEquals(chain, actual);
    }
}
