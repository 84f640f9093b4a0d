package dev.kubelab.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** curl to a Service in real Chromium: the nginx page in the terminal, the packet's path in the panel. */
@QuarkusTest
class TrafficE2ETest extends BrowserTest {

    @TestHTTPResource("/lessons/playground")
    URL playground;

    @Test
    void curlToAServiceShowsThePathAndTheAnsweringPod() {
        Terminal terminal = nginxBehindAService("web", "");

        terminal.type("curl -s $(kubectl get svc web -o jsonpath='{.spec.clusterIP}') | grep title");
        terminal.waitForText("<title>Welcome to nginx!</title>");

        page.locator("#cluster-panel .traffic-conn").waitFor();
        String traffic = page.locator("#cluster-panel .traffic").textContent();
        assertTrue(traffic.contains("answered"), traffic);
        assertTrue(traffic.contains("DNAT"), "the kube-proxy translation is one of the hops: " + traffic);
        assertTrue(page.locator("#cluster-panel .pod-hit").textContent().startsWith("web-"),
                "the nginx pod that answered is highlighted");
        // The path plays hop by hop: a hop lights up, and the node it happens on (the control plane first).
        page.locator("#cluster-panel .traffic-hops li.hop-active").waitFor();
        page.locator("#cluster-panel .node-card.node-hop").first().waitFor();

        page.locator("#traffic-toggle").uncheck();
        assertTrue(page.locator("#cluster-panel .traffic-body").isHidden(), "the toggle hides the paths");
    }

    @Test
    void theBrowserTabOpensANodePortFromTheLaptopButNotAClusterName() {
        Terminal terminal = nginxBehindAService("shop", " --type=NodePort");
        terminal.type("echo port=$(kubectl get svc shop -o jsonpath='{.spec.ports[0].nodePort}')");
        terminal.waitForText("port=3");
        String port = terminal.lines().stream().filter(l -> l.startsWith("port=")).findFirst().orElseThrow().substring(5);

        page.locator("#browser summary").click();
        page.locator("#browser-url").fill("http://172.30.2.2:" + port.strip());
        page.locator("#browser-form button").click();
        page.waitForFunction("() => document.getElementById('browser-status').textContent.startsWith('200')");
        assertTrue(page.frameLocator("#browser-view").locator("h1").textContent().contains("Welcome to nginx!"),
                "the nginx page renders in the sandboxed frame");

        page.locator("#browser-url").fill("http://shop");
        page.locator("#browser-form button").click();
        page.waitForFunction("() => document.getElementById('browser-status').textContent.includes('ERR_NAME_NOT_RESOLVED')");
        assertTrue(page.locator("#browser-view").isHidden(), "no page for a name only the cluster DNS knows");
    }

    /** The playground with an nginx Deployment exposed as NAME, once the panel lists its endpoint. */
    private Terminal nginxBehindAService(String name, String exposeFlags) {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");
        terminal.type("kubectl create deployment " + name + " --image=nginx && kubectl expose deployment " + name
                + " --port=80" + exposeFlags);
        terminal.waitForText("service/" + name + " exposed");
        // The pod starts on the simulated clock (wall time here): wait until the panel lists its endpoint.
        page.locator("#cluster-panel [data-service='default/" + name + "'] .endpoint-list li").waitFor();
        return terminal;
    }
}
