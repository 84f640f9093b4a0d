package dev.kubelab.sandbox.kubectl.describe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The labels kubectl describe shows for custom resources' fields (smartLabelFor + fatih/camelcase.Split). */
class SmartLabelTest {
    @Test
    void camelCaseBecomesTitleWordsWithKnownAcronyms() {
        assertEquals("API Version", SmartLabel.of("apiVersion"));
        assertEquals("Creation Timestamp", SmartLabel.of("creationTimestamp"));
        assertEquals("UID", SmartLabel.of("uid"));
        assertEquals("Avoid Buggy I Ps", SmartLabel.of("avoidBuggyIPs"));
        assertEquals("Ip Address Pools", SmartLabel.of("ipAddressPools"));
        assertEquals("PDF Loader", SmartLabel.of("PDFLoader"));
        assertEquals("Node Selectors", SmartLabel.of("nodeSelectors"));
    }

    @Test
    void namesWithDigitsOrDotsStayAsTheyAre() {
        assertEquals("k8s", SmartLabel.of("k8s"));
        assertEquals("metallb.io/node", SmartLabel.of("metallb.io/node"));
    }
}
