package dev.kubelab.e2e;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;

/** Reads and types into the page's xterm.js terminal the way a learner does. */
final class Terminal {

    private final Page page;

    Terminal(Page page) {
        this.page = page;
    }

    void type(String line) {
        page.locator("#terminal").click();
        page.keyboard().type(line);
        page.keyboard().press("Enter");
    }

    @SuppressWarnings("unchecked")
    List<String> lines() {
        Object lines = page.evaluate("() => { const b = window.term.buffer.active; const out = [];"
                + " for (let i = 0; i < b.length; i++) out.push(b.getLine(i).translateToString(true)); return out; }");
        return new ArrayList<>((List<String>) lines);
    }

    String text() {
        return String.join("\n", lines());
    }

    void waitForText(String text) {
        page.waitForFunction("t => { if (!window.term) return false; const b = window.term.buffer.active;"
                + " for (let i = 0; i < b.length; i++) if (b.getLine(i).translateToString(true).includes(t)) return true;"
                + " return false; }", text);
    }

    /** Waits until the line holding the cursor reads exactly this. */
    void waitForLastLine(String text) {
        page.waitForFunction("t => { const b = window.term.buffer.active;"
                + " return b.getLine(b.baseY + b.cursorY).translateToString(true) === t; }", text);
    }
}
