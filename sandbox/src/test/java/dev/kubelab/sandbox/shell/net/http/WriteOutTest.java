package dev.kubelab.sandbox.shell.net.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WriteOutTest {
    private static final Url URL = new Url("http", "web", 80, "/");

    @Test
    void statusAddressAndSizeOfAnAnswer() {
        HttpResponse r = new HttpResponse(200, List.of(Map.entry("Content-Type", "text/html")), "hello\n");
        Fetch f = new Fetch(Fetch.Failure.NONE, "10.96.12.7", 80, null, r);
        assertEquals("200 10.96.12.7:80 6 text/html\n",
                WriteOut.render("%{http_code} %{remote_ip}:%{remote_port} %{size_download} %{content_type}\\n",
                        f, URL, 0, Map.of()));
    }

    @Test
    void aFailedRequestHasCode000AndItsExitCode() {
        Fetch f = new Fetch(Fetch.Failure.REFUSED, "10.96.12.7", 80, null, null);
        assertEquals("000 7 100%", WriteOut.render("%{http_code} %{exitcode} 100%%", f, URL, 7, Map.of()));
    }

    @Test
    void progressAmountsUseCurlsUnits() {
        assertEquals("615", ProgressMeter.amount(615));
        assertEquals("600k", ProgressMeter.amount(615_000));
        assertEquals("58M", ProgressMeter.amount(61_500_000));
    }
}
