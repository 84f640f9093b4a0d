package dev.kubelab.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner in real Chromium: the playground's terminal and cluster panel, end to end. */
@QuarkusTest
class PlaygroundE2ETest extends BrowserTest {

    @TestHTTPResource("/lessons/playground")
    URL playground;

    @Test
    void kubectlGetNodesInTheTerminalMatchesThePanelAndSurvivesAReload() {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");

        terminal.type("kubectl get nodes");
        terminal.waitForText("node02");
        List<String> rows = terminal.lines().stream().filter(l -> l.matches("^(controlplane|node0[12]) .*")).toList();
        assertEquals(3, rows.size(), "three node rows in " + terminal.lines());
        assertTrue(rows.get(0).matches("controlplane\\s+Ready\\s+control-plane\\s+\\S+\\s+v1\\.32\\.4"), rows.get(0));
        assertTrue(rows.get(2).matches("node02\\s+Ready\\s+<none>\\s+\\S+\\s+v1\\.32\\.4"), rows.get(2));

        page.locator("#cluster-panel [data-node]").nth(2).waitFor();
        assertEquals(3, page.locator("#cluster-panel [data-node]").count(), "the panel shows three nodes");
        assertTrue(page.locator("#cluster-panel [data-node='controlplane']").textContent().contains("etcd-controlplane"));

        page.reload();
        terminal.waitForText("controlplane:~$ kubectl get nodes");
        assertTrue(terminal.text().contains("node01"), "the previous screen is replayed after a reload");
        page.locator("#terminal").click();
        page.keyboard().press("ArrowUp");
        terminal.waitForLastLine("controlplane:~$ kubectl get nodes");
    }

    @Test
    void unknownCommandsAnswerLikeBash() {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");
        terminal.type("kubeclt get pods");
        terminal.waitForText("kubeclt: command not found");
    }

    @Test
    void aDroppedSocketReconnectsToTheSameSandbox() {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");
        terminal.type("echo before-the-drop");
        terminal.waitForText("before-the-drop");

        page.evaluate("() => window.kubelab.dropConnection()");
        page.waitForFunction("() => document.getElementById('terminal-status').textContent.toLowerCase().includes('reconnecting')");
        page.waitForFunction("() => document.getElementById('terminal-status').textContent === ''");
        terminal.type("history");
        terminal.waitForText("    1  echo before-the-drop");
        assertTrue(terminal.text().contains("    2  history"), terminal.text());
    }

    @Test
    void resetLabGivesAFreshClusterAfterConfirming() {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");
        terminal.type("kubectl create deployment web --image=nginx");
        terminal.waitForText("deployment.apps/web created");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#reset-lab").click();
        page.waitForFunction("() => !window.term.buffer.active.getLine(0).translateToString(true).includes('kubectl create')");
        terminal.type("kubectl get deploy");
        terminal.waitForText("No resources found in default namespace.");
    }
}
