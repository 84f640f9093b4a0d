package dev.kubelab.sandbox.shell.net.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlTest {
    @Test
    void aBareNameIsHttpOnPort80WithRootPath() {
        Url u = Url.parse("web").url().orElseThrow();
        assertEquals(new Url("http", "web", 80, "/"), u);
        assertEquals("http://web/", u.text());
    }

    @Test
    void portsPathsAndQueriesAreKept() {
        Url u = Url.parse("http://10.96.0.10:9153/metrics?x=1#frag").url().orElseThrow();
        assertEquals(new Url("http", "10.96.0.10", 9153, "/metrics?x=1"), u);
        assertEquals("10.96.0.10:9153", u.hostHeader());
        assertEquals(443, Url.parse("https://kubernetes.default").url().orElseThrow().port());
        assertEquals("/?q", Url.parse("web?q").url().orElseThrow().path());
    }

    @Test
    void badUrlsGetCurlsCodesAndWords() {
        Url.Parse ftp = Url.parse("ftp://files");
        assertEquals(1, ftp.code());
        assertEquals("Protocol \"ftp\" not supported", ftp.error());
        Url.Parse port = Url.parse("web:99999");
        assertEquals(3, port.code());
        assertEquals("URL rejected: Port number was not a decimal number between 0 and 65535", port.error());
        assertEquals("URL rejected: No host part in the URL", Url.parse("http://").error());
    }
}
