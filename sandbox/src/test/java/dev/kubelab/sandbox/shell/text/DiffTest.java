package dev.kubelab.sandbox.shell.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiffTest {
    private static String normal(String a, String b) {
        DiffLines x = DiffLines.of(a);
        DiffLines y = DiffLines.of(b);
        return DiffLines.normal(x, y, DiffScript.changes(x.keys(), y.keys()));
    }

    private static String unified(String a, String b) {
        DiffLines x = DiffLines.of(a);
        DiffLines y = DiffLines.of(b);
        return DiffLines.unified(x, y, DiffScript.changes(x.keys(), y.keys()));
    }

    private static String lines(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append(i).append('\n');
        }
        return out.toString();
    }

    @Test
    void swappedLinesDeleteFirstThenAdd() {
        assertEquals("1d0\n< x\n2a2\n> x\n", normal("x\ny\n", "y\nx\n"));
    }

    @Test
    void rangesAreOneBasedAndInclusive() {
        assertEquals("2,3c2\n< b\n< c\n---\n> B\n", normal("a\nb\nc\nd\n", "a\nB\nd\n"));
        assertEquals("0a1,2\n> new\n> new2\n", normal("a\n", "new\nnew2\na\n"));
        assertEquals("1,2d0\n< a\n< b\n", normal("a\nb\n", ""));
    }

    @Test
    void aMissingFinalNewlineIsADifferenceAndIsSaid() {
        assertEquals("1c1\n< a\n---\n> a\n\\ No newline at end of file\n", normal("a\n", "a"));
    }

    @Test
    void unifiedHunksMergeWhenAtMostSixLinesApart() {
        String a = lines(1, 20);
        String near = a.replace("\n5\n", "\nfive\n").replace("\n12\n", "\ntwelve\n");
        assertEquals(1, unified(a, near).split("@@ -").length - 1, "6 unchanged lines between: one hunk");
        String far = a.replace("\n5\n", "\nfive\n").replace("\n13\n", "\nthirteen\n");
        assertEquals("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
                + "@@ -10,7 +10,7 @@\n 10\n 11\n 12\n-13\n+thirteen\n 14\n 15\n 16\n", unified(a, far));
    }

    @Test
    void unifiedEmptySidesCountZeroFromTheLineBefore() {
        assertEquals("@@ -0,0 +1 @@\n+a\n", unified("", "a\n"));
        assertEquals("@@ -1,2 +1 @@\n a\n-b\n", unified("a\nb\n", "a\n"));
    }

    @Test
    void commonHeadAndTailAreNotPartOfAnyChange() {
        List<DiffScript.Change> changes = DiffScript.changes(List.of("a", "b", "c"), List.of("a", "x", "c"));
        assertEquals(List.of(new DiffScript.Change(1, 2, 1, 2)), changes);
    }
}
