package dev.kubelab.sandbox.shell.exec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobPatternTest {
    @Test
    void starAndQuestionMark() {
        assertTrue(matches("*.yaml", "deploy.yaml"));
        assertTrue(matches("*.yaml", ".yaml"));
        assertFalse(matches("*.yaml", "deploy.yml"));
        assertTrue(matches("web-?", "web-1"));
        assertFalse(matches("web-?", "web-12"));
        assertTrue(matches("*", ""));
    }

    @Test
    void bracketSetsRangesNegationAndClasses() {
        assertTrue(matches("[abc]x", "bx"));
        assertFalse(matches("[abc]x", "dx"));
        assertTrue(matches("[0-9][0-9]", "42"));
        assertFalse(matches("[0-9][0-9]", "4a"));
        assertTrue(matches("[!a]2", "b2"));
        assertFalse(matches("[!a]2", "a2"));
        assertTrue(matches("[^a]2", "c2"));
        assertTrue(matches("[]x]", "]"), "a ] right after [ is one of the set");
        assertTrue(matches("[a-]", "-"), "a - at the end is itself");
        assertTrue(matches("[[:digit:]]*", "7up"));
        assertFalse(matches("[[:upper:]]*", "lower"));
        assertTrue(matches("[.]conf", ".conf"));
        assertFalse(matches("[.]conf", "xconf"), "regex specials in a set are literal");
    }

    @Test
    void unclosedBracketAndRegexSpecialsAreLiteral() {
        assertTrue(matches("a[b", "a[b"));
        assertTrue(matches("1+1=(2)", "1+1=(2)"));
        assertFalse(matches("a.c", "abc"));
        assertTrue(matches("a\\*", "a*"), "a backslash makes the next character literal");
        assertFalse(matches("a\\*", "ab"));
    }

    @Test
    void quotedTextMatchesItselfOnly() {
        GlobPattern quoted = new GlobPattern().add("a*", true);
        assertTrue(quoted.compile().matcher("a*").matches());
        assertFalse(new GlobPattern().add("a*", true).compile().matcher("abc").matches());
        GlobPattern mixed = new GlobPattern().add("*.", false).add("[x]", true);
        assertTrue(mixed.compile().matcher("file.[x]").matches());
        assertFalse(new GlobPattern().add("*.", false).add("[x]", true).compile().matcher("file.x").matches());
    }

    private static boolean matches(String glob, String text) {
        return GlobPattern.of(glob).matcher(text).matches();
    }
}
