package dev.kubelab.course;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersCommonMarkAndTables() {
        String html = renderer.render("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```bash\nkubectl get svc\n```\n");
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<td>1</td>"), html);
        assertTrue(html.contains("<code class=\"language-bash\">kubectl get svc"), html);
    }

    @Test
    void stripsScriptsHandlersAndJavascriptLinks() {
        String html = renderer.render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void frontMatterIsSplitFromTheBody() {
        FrontMatter doc = FrontMatter.parse("---\ntitle: Hello\n---\nBody text\n");
        assertEquals("Hello", doc.string("title", "?"));
        assertEquals("Body text\n", doc.body());
    }
}
