package dev.kubelab.sandbox.shell.net.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurlOptionsTest {
    @Test
    void bundledFlagsAndAttachedValuesParseLikeCurl() {
        CurlOptions o = CurlOptions.parse(List.of("-sSo", "/dev/null", "-w", "%{http_code}", "-m5", "web"));
        assertTrue(o.silent && o.showError);
        assertEquals("/dev/null", o.output);
        assertEquals("%{http_code}", o.writeOut);
        assertEquals(5000, o.connectLimitMillis());
        assertEquals(List.of("web"), o.urls);
        assertNull(o.usageError);
    }

    @Test
    void headMeansHeadAndDataMeansPost() {
        assertEquals("HEAD", CurlOptions.parse(List.of("-I", "web")).effectiveMethod());
        assertEquals("POST", CurlOptions.parse(List.of("-d", "x=1", "web")).effectiveMethod());
        assertEquals("DELETE", CurlOptions.parse(List.of("-X", "DELETE", "web")).effectiveMethod());
    }

    @Test
    void unknownOptionsAndMissingValuesAreReportedAsCurlDoes() {
        assertEquals("option --nope: is unknown", CurlOptions.parse(List.of("--nope", "web")).usageError);
        assertEquals("option -o: requires parameter", CurlOptions.parse(List.of("web", "-o")).usageError);
        assertEquals("option --max-time: expected a proper numerical parameter",
                CurlOptions.parse(List.of("--max-time", "soon", "web")).usageError);
    }
}
