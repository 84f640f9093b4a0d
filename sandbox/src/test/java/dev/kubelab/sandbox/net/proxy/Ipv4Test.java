package dev.kubelab.sandbox.net.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ipv4Test {
    @Test
    void dottedQuadsParseToTheirNumber() {
        assertEquals(0x0A60000AL, Ipv4.parse("10.96.0.10"));
        assertEquals(0xFFFFFFFFL, Ipv4.parse("255.255.255.255"));
        assertEquals(0L, Ipv4.parse("0.0.0.0"));
        assertEquals(0xC0A80102L, Ipv4.toLong("192.168.1.2"));
    }

    @Test
    void anythingElseIsNotAnAddress() {
        for (String bad : new String[] {null, "", "10.96.0", "10.96.0.10.1", "256.1.1.1", "1.2.3.1000", "1..2.3",
                ".1.2.3", "1.2.3.", "a.b.c.d", "10.96.0.10/32", " 10.96.0.10", "web.default"}) {
            assertEquals(-1, Ipv4.parse(bad), String.valueOf(bad));
            assertFalse(Ipv4.isAddress(bad), String.valueOf(bad));
        }
        assertThrows(NumberFormatException.class, () -> Ipv4.toLong("web"));
    }

    @Test
    void cidrMembership() {
        assertTrue(Ipv4.inCidr("10.96.0.10", "10.96.0.0/12"));
        assertTrue(Ipv4.inCidr("10.111.255.254", "10.96.0.0/12"));
        assertFalse(Ipv4.inCidr("10.112.0.1", "10.96.0.0/12"));
        assertTrue(Ipv4.inCidr("172.30.1.2", "0.0.0.0/0"));
        assertTrue(Ipv4.inCidr("10.96.0.1", "10.96.0.1"));
        assertFalse(Ipv4.inCidr("10.96.0.2", "10.96.0.1/32"));
        assertFalse(Ipv4.inCidr("web", "0.0.0.0/0"));
    }
}
