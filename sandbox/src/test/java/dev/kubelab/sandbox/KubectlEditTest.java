package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kubectl edit through the browser editor: open, save (apply, no change, refused → reopened), cancel. */
class KubectlEditTest {
    private static final String HEADER = """
            # Please edit the object below. Lines beginning with a '#' will be ignored,
            # and an empty file will abort the edit. If an error occurs while saving this file will be
            # reopened with the relevant failures.
            #
            """;

    private final Transcript t = new Transcript();

    private Outcome.Edit edit(String line) {
        t.type(line);
        return assertInstanceOf(Outcome.Edit.class, t.last());
    }

    private String save(String content) {
        StringBuilder out = new StringBuilder();
        Outcome o = t.sandbox().save(content, out::append);
        return Transcript.unix(out.toString()) + "|" + o;
    }

    /** Saves text that the server refuses: the editor reopens; returns its new text. */
    private String reopened(String content) {
        Outcome o = t.sandbox().save(content, text -> { });
        return assertInstanceOf(Outcome.Edit.class, o).content();
    }

    @Test
    void editingKubeProxysConfigMapSwitchesTheModeAfterARestart() {
        Outcome.Edit e = edit("kubectl edit configmap -n kube-system kube-proxy");
        assertTrue(e.content().startsWith(HEADER + "apiVersion: v1\ndata:\n  config.conf: |\n"), e.content());
        assertTrue(e.path().matches("/tmp/kubectl-edit-\\d+\\.yaml"), e.path());
        assertEquals("configmap/kube-proxy edited\n|Exit[code=0]",
                save(e.content().replace("mode: \"\"", "mode: \"ipvs\"")));
        assertEquals("daemonset.apps/kube-proxy restarted\r\n", t.type("kubectl -n kube-system rollout restart ds kube-proxy"));
        for (int i = 0; i < 6; i++) {
            t.advance(Duration.ofSeconds(10));
            t.sandbox().advance();
        }
        assertEquals("ipvs", t.type("curl -s localhost:10249/proxyMode"));
    }

    @Test
    void savingUnchangedOrEmptyTextChangesNothing() {
        Outcome.Edit e = edit("kubectl edit svc kubernetes");
        assertEquals("Edit cancelled, no changes made.\n|Exit[code=0]", save(e.content()));
        edit("kubectl edit svc kubernetes");
        assertEquals("Edit cancelled, saved file was empty.\n|Exit[code=0]", save("# nothing\n"));
    }

    @Test
    void aRefusedEditReopensWithTheServersReasonsAndCancellingKeepsACopy() {
        t.type("kubectl create service nodeport web --tcp=80:80");
        Outcome.Edit e = edit("kubectl edit svc web");
        String bad = e.content().replaceFirst("nodePort: \\d+", "nodePort: 99999");
        String reopened = reopened(bad);
        assertTrue(reopened.startsWith(HEADER + "# services \"web\" was not valid:\n"
                + "# * spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range."
                + " The range of valid ports is 30000-32767\n#\napiVersion: v1\n"), reopened);
        assertTrue(t.sandbox().isEditing(), "the editor stays open after a refused save");
        StringBuilder out = new StringBuilder();
        assertEquals(1, t.sandbox().interrupt(out::append));
        assertEquals("A copy of your changes has been stored to \"" + e.path() + "\"\n"
                + "error: Edit cancelled, no valid changes were saved.\n", Transcript.unix(out.toString()));
        assertTrue(t.type("grep nodePort " + e.path()).contains("nodePort: 99999"));
    }

    @Test
    void cancellingAtOnceSaysNoChangesAndSyntaxErrorsAreShownInTheFile() {
        edit("kubectl edit svc kubernetes");
        StringBuilder out = new StringBuilder();
        assertEquals(0, t.sandbox().interrupt(out::append));
        assertEquals("Edit cancelled, no changes made.\r\n", out.toString());
        assertFalse(t.sandbox().isEditing());

        Outcome.Edit e = edit("kubectl edit svc kubernetes");
        String reopened = reopened(e.content().replace("kind: Service", "kind: Service\n  : : bad"));
        assertTrue(reopened.startsWith(HEADER + "# The edited file had a syntax error: error converting YAML to JSON:"
                + " yaml: line 2: did not find expected key\n#\napiVersion: v1\n"), reopened);
        String renamed = reopened(e.content().replace("name: kubernetes", "name: other"));
        assertTrue(renamed.startsWith(HEADER + "# error: At least one of apiVersion, kind and name was changed\n"),
                renamed);
    }

    @Test
    void missingObjectsAndFormatsFailBeforeAnyEditor() {
        assertEquals("Error from server (NotFound): services \"nope\" not found\r\n", t.type("kubectl edit svc nope"));
        assertEquals(new Outcome.Exit(1), t.last());
    }
}
