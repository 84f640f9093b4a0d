package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Open quotes and trailing backslashes ask for more lines; Ctrl-C drops them. */
class ContinuationTest {
    @Test
    void openQuoteContinuesWithANewline() {
        Transcript t = new Transcript();
        t.type("echo 'a");
        assertEquals(new Outcome.More("> "), t.last());
        assertEquals("> ", t.sandbox().prompt());
        assertEquals("a\r\nb\r\n", t.type("b'"));
        assertEquals(new Outcome.Exit(0), t.last());
        assertEquals("controlplane:~$ ", t.sandbox().prompt());
    }

    @Test
    void trailingBackslashJoinsWithoutNewline() {
        Transcript t = new Transcript();
        assertEquals("", t.type("kubectl get \\"));
        assertEquals(new Outcome.More("> "), t.last());
        String out = Transcript.unix(t.type("svc"));
        assertEquals("NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n"
                + "kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   2d5h\n", out);
        assertEquals(List.of("kubectl get svc"), t.sandbox().history());
    }

    @Test
    void interruptAbandonsThePendingCommand() {
        Transcript t = new Transcript();
        t.type("echo \"never");
        t.sandbox().interrupt();
        assertEquals("controlplane:~$ ", t.sandbox().prompt());
        assertEquals("fresh\r\n", t.type("echo fresh"));
        assertEquals(List.of("echo fresh"), t.sandbox().history());
    }

    @Test
    void blankLineDoesNothingAndStaysOutOfHistory() {
        Transcript t = new Transcript();
        assertEquals("", t.type("   "));
        assertEquals(new Outcome.Exit(0), t.last());
        assertEquals(List.of(), t.sandbox().history());
    }

    @Test
    void clearAndExitBuiltins() {
        Transcript t = new Transcript();
        assertEquals("\u001b[H\u001b[2J\u001b[3J", t.type("clear"));
        assertEquals("logout", Transcript.unix(t.type("exit")).lines().findFirst().orElseThrow());
        assertEquals(new Outcome.Exit(0), t.last());
        assertEquals("controlplane:~$ ", t.sandbox().prompt());
    }
}
