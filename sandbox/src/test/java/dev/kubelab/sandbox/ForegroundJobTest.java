package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands that keep running in the foreground, as Sandbox's callers see them: Running, pump, interrupt. */
class ForegroundJobTest {
    private static final String ALT_SCREEN = "\u001b[?1049h";
    private static final String CLEAR = "\u001b[H\u001b[2J";

    @Test
    void aWatchRunsUntilInterruptedAndPumpPrintsOnlyWhatIsNew() {
        Transcript t = new Transcript();
        t.type("kubectl run web --image=nginx");
        assertEquals("NAME   READY   STATUS              RESTARTS   AGE\r\nweb    0/1     ContainerCreating   0          0s\r\n",
                t.type("kubectl get pods -w"));
        assertInstanceOf(Outcome.Running.class, t.last());
        assertTrue(t.sandbox().isRunning());
        StringBuilder out = new StringBuilder();
        assertInstanceOf(Outcome.Running.class, t.sandbox().pump(out::append));
        assertEquals("", out.toString(), "nothing happened in no time");
        assertEquals("web    1/1     Running             0          2s\r\n", t.wait(Duration.ofSeconds(3)));
        assertEquals("", t.wait(Duration.ofSeconds(30)));
        assertEquals("", t.ctrlC());
        assertEquals(new Outcome.Exit(1), t.last(), "kubectl's interrupt handler exits with 1");
        assertFalse(t.sandbox().isRunning());
        assertEquals("1\r\n", t.type("echo $?"));
    }

    @Test
    void watchRepaintsTheAlternateScreenEveryIntervalAndLeavesItOnCtrlC() {
        Transcript t = new Transcript();
        String header = "Every 2.0s: date" + " ".repeat(26) + "controlplane: Fri Nov 27 10:00:00 2026";
        assertEquals(80, header.length());
        assertEquals(ALT_SCREEN + CLEAR + header + "\r\n\r\nFri Nov 27 10:00:00 UTC 2026\r\n", t.type("watch date"));
        assertEquals("", t.wait(Duration.ofSeconds(1)));
        assertEquals(CLEAR + header.replace("10:00:00", "10:00:02") + "\r\n\r\nFri Nov 27 10:00:02 UTC 2026\r\n",
                t.wait(Duration.ofSeconds(1)));
        assertEquals("\u001b[?1049l", t.ctrlC());
        assertEquals(new Outcome.Exit(0), t.last(), "watch catches SIGINT and exits with 0");

        assertEquals(ALT_SCREEN + CLEAR + "NAME           STATUS   ROLES           AGE    VERSION\r\n",
                t.type("watch -t -n 0.5 'kubectl get nodes | head -1'"));
        assertEquals(CLEAR + "NAME           STATUS   ROLES           AGE    VERSION\r\n", t.wait(Duration.ofSeconds(1)));
        t.ctrlC();
        assertEquals("watch: failed to parse argument: 'x'\r\n", t.type("watch -n x date"));
        assertTrue(t.type("watch").startsWith("\r\nUsage:\r\n watch [options] command\r\n"));
    }

    @Test
    void onlyACommandAtTheTopOfTheLineWithItsOutputOnTheTerminalKeepsRunning() {
        Transcript t = new Transcript();
        assertEquals("NAME           STATUS   ROLES           AGE    VERSION\r\n",
                t.type("kubectl get nodes -w | head -1"));
        assertInstanceOf(Outcome.Exit.class, t.last(), "a pipe: the listing is all there is");
        assertEquals("3\r\n", t.type("echo \"$(kubectl get nodes -w --no-headers | wc -l)\""));
        assertEquals("", t.type("kubectl get nodes -w > nodes.txt"));
        assertInstanceOf(Outcome.Exit.class, t.last(), "a redirect");
        assertEquals("x\r\n", t.type("for i in x; do sleep 5; echo $i; done"));
        assertEquals("", t.type("! sleep 5"));
        assertInstanceOf(Outcome.Exit.class, t.last());
        t.type("sleep 5; echo after");
        assertInstanceOf(Outcome.Running.class, t.last());
        assertEquals("after\r\n", t.wait(Duration.ofSeconds(5)));
        assertEquals(new Outcome.Exit(0), t.last());
    }

    @Test
    void theRestOfTheLineMayStartAnotherCommandOrOpenTheEditor() {
        Transcript t = new Transcript();
        t.type("sleep 1; sleep 1; echo two; vi notes.txt");
        assertEquals("", t.wait(Duration.ofSeconds(1)));
        assertInstanceOf(Outcome.Running.class, t.last(), "the second sleep");
        assertEquals("two\r\n", t.wait(Duration.ofSeconds(1)));
        assertEquals(new Outcome.Edit("/root/notes.txt", "notes.txt", ""), t.last());
    }

    @Test
    void aLineTypedWhileACommandRunsEndsIt() {
        Transcript t = new Transcript();
        t.type("sleep 30; echo never");
        assertEquals("now\r\n", t.type("echo now"));
        assertFalse(t.sandbox().isRunning());
        assertEquals("", t.wait(Duration.ofSeconds(60)));
    }
}
