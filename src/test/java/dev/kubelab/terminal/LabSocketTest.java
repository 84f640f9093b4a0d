package dev.kubelab.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LabSocketTest {

    @TestHTTPResource("/")
    URI base;

    private URI lab(String slug) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "ws/lab/" + slug);
    }

    @Test
    void greetsWithReplayHistoryStateAndPrompt() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            assertEquals("", client.next("replay").path("data").asText());
            assertEquals(0, client.next("history").path("entries").size());
            JsonNode state = client.next("state");
            assertTrue(state.path("full").asBoolean());
            assertEquals(3, state.path("nodes").size(), "three nodes in the panel");
            assertEquals("controlplane:~$ ", client.next("prompt").path("text").asText());
        }
    }

    @Test
    void runsKubectlAndAnswersExitThenPrompt() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"kubectl get nodes\"}");
            String output = client.outputUntilExit(1);
            assertTrue(output.startsWith("NAME           STATUS   ROLES           AGE"), output);
            assertTrue(output.contains("node02"), output);
            assertEquals("controlplane:~$ ", client.next("prompt").path("text").asText());

            client.send("{\"type\":\"exec\",\"id\":2,\"line\":\"foo\"}");
            assertEquals("foo: command not found\r\n", client.outputUntilExit(2));
        }
    }

    @Test
    void reconnectFindsTheSameSandboxWithItsScreenAndHistory() throws Exception {
        String cookie = GuestCookie.fresh();
        try (SocketClient first = SocketClient.connect(lab("playground"), cookie)) {
            first.next("prompt");
            first.send("{\"type\":\"exec\",\"id\":1,\"line\":\"kubectl get svc\"}");
            first.outputUntilExit(1);
        }
        try (SocketClient again = SocketClient.connect(lab("playground"), cookie)) {
            String replay = again.next("replay").path("data").asText();
            assertTrue(replay.startsWith("controlplane:~$ kubectl get svc\r\nNAME"), replay);
            assertEquals("kubectl get svc", again.next("history").path("entries").get(0).asText());
        }
    }

    @Test
    void aWatchStreamsChangesWithTheTicksUntilInterrupted() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"kubectl run web --image=nginx\"}");
            assertEquals("pod/web created\r\n", client.outputUntilExit(1));
            client.send("{\"type\":\"exec\",\"id\":2,\"line\":\"kubectl get pods -w\"}");
            String streamed = client.outputUntil(2, "Running");
            assertTrue(streamed.startsWith("NAME   READY   STATUS              RESTARTS   AGE\r\n"
                    + "web    0/1     ContainerCreating   0          0s\r\n"), streamed);
            assertTrue(streamed.contains("\r\nweb    1/1     Running             0  "), "no header again: " + streamed);

            client.send("{\"type\":\"interrupt\",\"id\":2}");
            JsonNode exit = client.next("exit");
            assertEquals(2, exit.path("id").asLong());
            assertEquals(1, exit.path("code").asInt(), "kubectl's interrupt handler exits with 1");
            assertEquals("controlplane:~$ ", client.next("prompt").path("text").asText());
            client.send("{\"type\":\"exec\",\"id\":3,\"line\":\"echo $?\"}");
            assertEquals("1\r\n", client.outputUntilExit(3));
        }
    }

    @Test
    void aBackgroundJobPrintsAtTheIdlePromptWithoutAnId() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"sleep 1 && echo later &\"}");
            assertTrue(client.outputUntilExit(1).matches("\\[1\\] \\d+\\r\\n"), "bash's job line");
            client.next("prompt");
            StringBuilder idle = new StringBuilder();
            while (!idle.toString().contains("later")) {
                JsonNode output = client.next("output");
                assertTrue(output.path("id").isMissingNode(), "no command runs: " + output);
                idle.append(output.path("data").asText());
            }
            assertEquals("later\r\n", idle.toString());
        }
    }

    @Test
    void openQuoteAsksForMore() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"echo 'half\"}");
            assertEquals("> ", client.next("more").path("prompt").asText());
            client.send("{\"type\":\"exec\",\"id\":2,\"line\":\"done'\"}");
            assertEquals("half\r\ndone\r\n", client.outputUntilExit(2));
        }
    }

    @Test
    void badFramesGetClearErrorsAndTheSocketStaysUsable() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("not json");
            assertEquals("malformed message: expected one JSON object per frame",
                    client.next("error").path("message").asText());
            client.send("{\"type\":\"dance\"}");
            assertEquals("unknown message type \"dance\"", client.next("error").path("message").asText());
            client.send("{\"type\":\"exec\",\"id\":7,\"line\":\"" + "x".repeat(5000) + "\"}");
            JsonNode tooLong = client.next("error");
            assertEquals("line too long: 5000 characters (limit 4096)", tooLong.path("message").asText());
            assertEquals(7, tooLong.path("id").asLong());
            assertEquals(2, client.next("exit").path("code").asInt());
            client.send("{\"type\":\"exec\",\"id\":8,\"line\":\"" + "y".repeat(20_000) + "\"}");
            assertTrue(client.next("error").path("message").asText().startsWith("message too large: 200"));

            client.send("{\"type\":\"exec\",\"id\":9,\"line\":\"kubectl version\"}");
            assertTrue(client.outputUntilExit(9).startsWith("Client Version: v1.32.4"));
        }
    }

    @Test
    void browseOpensAddressesFromTheLaptopAndRefusesOverlongOnes() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"browse\",\"url\":\"https://172.30.1.2:6443/\"}");
            assertEquals("ERR_CERT_AUTHORITY_INVALID", client.next("page").path("error").asText(),
                    "the API server's certificate is signed by the cluster's own CA");
            client.send("{\"type\":\"browse\",\"url\":\"http://10.96.0.1/\"}");
            assertEquals("ERR_CONNECTION_TIMED_OUT", client.next("page").path("error").asText(),
                    "ClusterIPs are not routed to the laptop");
            JsonNode trace = client.next("trace");
            assertEquals("timeout", trace.path("connections").get(0).path("result").asText());
            assertTrue(trace.path("id").isMissingNode(), "a browser request has no command id");

            client.send("{\"type\":\"browse\",\"url\":\"" + "h".repeat(3000) + "\"}");
            assertEquals("address too long: 3000 characters (limit 2048)", client.next("error").path("message").asText());
        }
    }

    @Test
    void completesKubectlVerbs() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"complete\",\"id\":3,\"line\":\"kubectl ver\",\"cursor\":11}");
            JsonNode completion = client.next("completion");
            assertEquals(8, completion.path("start").asInt());
            assertEquals("version", completion.path("candidates").get(0).asText());
        }
    }

    @Test
    void refusesASocketWithoutSession() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), null)) {
            assertEquals("4401 no valid session: open the lesson page to start one",
                    client.closed.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void refusesAForgedSession() throws Exception {
        String forged = "kubelab_session=" + java.util.UUID.randomUUID() + ".c2lnbmF0dXJl";
        try (SocketClient client = SocketClient.connect(lab("playground"), forged)) {
            assertTrue(client.closed.get(10, TimeUnit.SECONDS).startsWith("4401"));
        }
    }

    @Test
    void refusesAnUnknownLab() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("no-such-lab"), GuestCookie.fresh())) {
            assertEquals("4404 no such lab: no-such-lab", client.closed.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void learnersDoNotShareSandboxes() throws Exception {
        try (SocketClient alice = SocketClient.connect(lab("playground"), GuestCookie.fresh());
             SocketClient bob = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            alice.next("prompt");
            alice.send("{\"type\":\"exec\",\"id\":1,\"line\":\"echo alice-was-here\"}");
            alice.outputUntilExit(1);
            assertFalse(bob.next("replay").path("data").asText().contains("alice"));
        }
    }

    @Test
    void viOpensTheBrowserEditorAndSaveOrCancelEndsTheCommand() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"vi svc.yaml\"}");
            JsonNode open = client.next("editor.open");
            assertEquals(1, open.path("id").asLong());
            assertEquals("/root/svc.yaml", open.path("path").asText());
            assertEquals("svc.yaml", open.path("title").asText());
            client.send("{\"type\":\"file.save\",\"id\":1,\"path\":\"/root/svc.yaml\",\"content\":\"kind: Service\\n\"}");
            assertEquals(0, client.next("exit").path("code").asInt());
            client.send("{\"type\":\"exec\",\"id\":2,\"line\":\"cat svc.yaml\"}");
            assertEquals("kind: Service\r\n", client.outputUntilExit(2));

            client.send("{\"type\":\"exec\",\"id\":3,\"line\":\"nano other.yaml\"}");
            client.next("editor.open");
            client.send("{\"type\":\"interrupt\",\"id\":3}");
            JsonNode exit = client.next("exit");
            assertEquals(3, exit.path("id").asLong());
            assertEquals("controlplane:~$ ", client.next("prompt").path("text").asText());
            client.send("{\"type\":\"file.save\",\"id\":3,\"path\":\"/root/other.yaml\",\"content\":\"x\"}");
            JsonNode stale = client.next("error");
            assertEquals("no editor is open for command 3", stale.path("message").asText());
            assertTrue(stale.path("id").isMissingNode(), "nothing to finish, so no id");
        }
    }

    @Test
    void aReloadWhileEditingShowsTheEditorAgain() throws Exception {
        String cookie = GuestCookie.fresh();
        try (SocketClient first = SocketClient.connect(lab("playground"), cookie)) {
            first.next("prompt");
            first.send("{\"type\":\"exec\",\"id\":4,\"line\":\"vi draft.yaml\"}");
            first.next("editor.open");
        }
        try (SocketClient again = SocketClient.connect(lab("playground"), cookie)) {
            again.next("prompt");
            JsonNode open = again.next("editor.open");
            assertEquals(4, open.path("id").asLong());
            assertEquals("/root/draft.yaml", open.path("path").asText());
            again.send("{\"type\":\"file.save\",\"id\":4,\"path\":\"/root/draft.yaml\",\"content\":\"a: 1\\n\"}");
            assertEquals(0, again.next("exit").path("code").asInt());
        }
    }

    @Test
    void resetBringsTheLabBackToItsStart() throws Exception {
        try (SocketClient client = SocketClient.connect(lab("playground"), GuestCookie.fresh())) {
            int startPods = client.next("state").path("pods").size();
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":1,\"line\":\"kubectl create deployment web --image=nginx --replicas=2\"}");
            assertEquals("deployment.apps/web created\r\n", client.outputUntilExit(1));

            client.send("{\"type\":\"reset\"}");
            assertEquals("", client.next("replay").path("data").asText(), "a clean screen");
            assertEquals(0, client.next("history").path("entries").size());
            assertEquals(startPods, client.next("state").path("pods").size(), "the deployment's pods are gone");
            client.next("prompt");
            client.send("{\"type\":\"exec\",\"id\":2,\"line\":\"kubectl get deploy\"}");
            assertEquals("No resources found in default namespace.\r\n", client.outputUntilExit(2));
        }
    }
}
