package dev.kubelab.sandbox.shell.node;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** procps-ng's column widths for aux, -ef and -e; START is a time today, a day before. */
class PsFormatTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final ProcessRow API = new ProcessRow("root", 1232, 1210, Instant.parse("2026-11-25T04:47:29Z"),
            0.045, 1553908, 312456, "?", "Ssl", "kube-apiserver --secure-port=6443");
    private static final ProcessRow BASH = new ProcessRow("root", 5012, 1, Instant.parse("2026-11-27T09:58:00Z"),
            0.0, 7372, 4148, "pts/0", "Ss", "-bash");

    @Test
    void bsdStyle() {
        assertEquals("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND", PsFormat.AUX_HEADER);
        assertEquals("root        1232  4.5  7.8 1553908 312456 ?        Ssl  Nov25 143:39 kube-apiserver --secure-port=6443",
                PsFormat.aux(API, NOW));
        assertEquals("root        5012  0.0  0.1   7372  4148 pts/0    Ss   09:58   0:00 -bash", PsFormat.aux(BASH, NOW));
    }

    @Test
    void fullFormat() {
        assertEquals("UID          PID    PPID  C STIME TTY          TIME CMD", PsFormat.FULL_HEADER);
        assertEquals("root        1232    1210  4 Nov25 ?        02:23:39 kube-apiserver --secure-port=6443",
                PsFormat.full(API, NOW));
    }

    @Test
    void shortFormatShowsTheCommandName() {
        assertEquals("   1232 ?        02:23:39 kube-apiserver", PsFormat.brief(API, NOW));
        assertEquals("   5012 pts/0    00:00:00 bash", PsFormat.brief(BASH, NOW));
        assertEquals("kube-controller", new ProcessRow("root", 1, 0, NOW, 0, 0, 0, "?", "Ssl",
                "kube-controller-manager --v=2").comm());
        assertEquals("systemd", new ProcessRow("root", 1, 0, NOW, 0, 0, 0, "?", "Ss", "/sbin/init").comm());
        assertEquals("kthreadd", new ProcessRow("root", 2, 0, NOW, 0, 0, 0, "?", "S", "[kthreadd]").comm());
    }
}
