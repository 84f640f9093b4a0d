package dev.kubelab.course;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.List;

/** Lesson Markdown → HTML that is safe to put in a page, even if a lesson author slips in a script. */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("code", "class")
            .addAttributes("pre", "class")
            .addProtocols("a", "href", "#");

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return Jsoup.clean(html, safelist);
    }
}
