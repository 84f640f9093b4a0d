package dev.kubelab.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of page passes axe-core's WCAG 2.2 A/AA rules in real Chromium. */
@QuarkusTest
class AccessibilityE2ETest extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"", "lessons/first-look", "lessons/playground", "lessons/missing"})
    void pageHasNoWcagViolations(String path) {
        page.navigate(base + path);
        if (path.startsWith("lessons/") && !path.endsWith("missing")) {
            new Terminal(page).waitForText("controlplane:~$ ");
            page.locator("#cluster-panel [data-node]").first().waitFor();
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        String violations = results.getViolations().stream().map(AccessibilityE2ETest::describe)
                .collect(Collectors.joining("\n"));
        assertEquals("", violations, "axe-core violations on /" + path);
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining(", "));
    }
}
