package dev.kubelab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vi / nano open the browser's file editor (js/editor.js); Save writes the file, Esc leaves it alone. */
@QuarkusTest
class EditorE2ETest extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TestHTTPResource("/lessons/playground")
    URL playground;

    @Test
    void viOpensTheEditorAndCtrlSSavesTheFile() {
        Terminal terminal = openPlayground();
        terminal.type("vi notes.txt");
        Locator editor = waitForEditor();
        assertEquals("Editing notes.txt", page.locator("#editor-title").textContent());
        assertEquals("editor-text", activeElementId(), "the text area has the focus");

        page.keyboard().type("hello: world");
        page.waitForFunction("() => document.querySelector('#editor .editor-modified').textContent === 'modified'");
        page.keyboard().press("Control+S");
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertTrue(page.evaluate("() => document.activeElement.closest('#terminal') !== null").equals(true),
                "the focus is back in the terminal");

        terminal.type("cat notes.txt");
        terminal.waitForText("hello: world");
        terminal.waitForLastLine("controlplane:~$ ");
    }

    @Test
    void kubectlEditReopensWithTheServersReasonsAndCancelSaysSo() {
        Terminal terminal = openPlayground();
        terminal.type("kubectl edit svc kubernetes");
        Locator editor = waitForEditor();
        assertTrue(page.locator("#editor-text").inputValue().startsWith("# Please edit the object below."));
        page.keyboard().press("Escape");
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        terminal.waitForText("Edit cancelled, no changes made.");

        terminal.type("kubectl create service nodeport web --tcp=80:80 && kubectl edit svc web");
        waitForEditor();
        String text = page.locator("#editor-text").inputValue();
        page.locator("#editor-text").fill(text.replaceFirst("nodePort: \\d+", "nodePort: 99999"));
        page.keyboard().press("Control+S");
        page.waitForFunction("() => document.getElementById('editor-text').value.includes('was not valid')");
        assertTrue(editor.isVisible(), "a refused edit reopens the editor");
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        terminal.waitForText("error: Edit cancelled, no valid changes were saved.");
    }

    @Test
    void escapeDiscardsTheChangesAfterAConfirmation() {
        Terminal terminal = openPlayground();
        terminal.type("vi notes.txt");
        Locator editor = waitForEditor();
        page.keyboard().type("not: saved");
        page.keyboard().press("Escape");
        assertTrue(page.locator("#editor-message").textContent().contains("Discard changes?"));
        assertTrue(editor.isVisible(), "a modified file asks before it is discarded");
        page.keyboard().press("Escape");
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        terminal.type("cat notes.txt");
        terminal.waitForText("cat: notes.txt: No such file or directory");
    }

    @Test
    void editingKeepsYamlIndentationAndTheOpenEditorPassesAxe() {
        Terminal terminal = openPlayground();
        terminal.type("vi svc.yaml");
        waitForEditor();
        // Enter keeps the indentation, Tab indents by two spaces, Shift-Tab outdents.
        page.keyboard().type("spec:");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        page.keyboard().type("ports:");
        page.keyboard().press("Enter");
        page.keyboard().type("- port: 80");
        page.keyboard().press("Enter");
        page.keyboard().press("Shift+Tab");
        page.keyboard().type("type: ClusterIP # a comment");
        assertEquals("spec:\n  ports:\n  - port: 80\ntype: ClusterIP # a comment",
                page.locator("#editor-text").inputValue());
        assertThat(page.locator("#editor .y-key")).hasText(new String[] {"spec", "ports", "port", "type"});
        assertThat(page.locator("#editor .y-comment")).hasText("# a comment");

        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        String violations = results.getViolations().stream().map(EditorE2ETest::describe)
                .collect(Collectors.joining("\n"));
        assertEquals("", violations, "axe-core violations with the editor open");

        // Ctrl-M lets Tab leave the text: Save, Cancel, then round to the text again (focus stays inside).
        page.keyboard().press("Control+M");
        page.keyboard().press("Tab");
        assertTrue(page.evaluate("() => document.activeElement.textContent").toString().startsWith("Save"));
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertEquals("editor-text", activeElementId());
        page.keyboard().press("Control+S");
        waitForEditorClosed();
        terminal.type("cat svc.yaml");
        terminal.waitForText("type: ClusterIP # a comment");
    }

    @Test
    void aDroppedConnectionKeepsTheEditorAndItsText() {
        Terminal terminal = openPlayground();
        terminal.type("nano kept.txt");
        waitForEditor();
        page.keyboard().type("survives: the drop");
        page.evaluate("() => window.kubelab.dropConnection()");
        assertThat(page.locator("#editor-message")).containsText("Connection lost");
        page.waitForFunction("() => document.getElementById('terminal-status').textContent === ''");
        assertEquals("survives: the drop", page.locator("#editor-text").inputValue());
        page.keyboard().press("Control+S");
        waitForEditorClosed();
        terminal.type("cat kept.txt");
        terminal.waitForText("survives: the drop");
    }

    private Terminal openPlayground() {
        page.navigate(playground.toString());
        Terminal terminal = new Terminal(page);
        terminal.waitForText("controlplane:~$ ");
        return terminal;
    }

    private Locator waitForEditor() {
        Locator editor = page.locator("#editor");
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertEquals("dialog", editor.getAttribute("role"));
        assertEquals("true", editor.getAttribute("aria-modal"));
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'editor-text'");
        return editor;
    }

    private void waitForEditorClosed() {
        page.locator("#editor").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    private String activeElementId() {
        return String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.id"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining(", "));
    }
}
