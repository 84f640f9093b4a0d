package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestBuiltinTest {
    private final FileSystem files = new FileSystem();
    private final Builtin test = TestBuiltin.test(files);
    private final Builtin bracket = TestBuiltin.bracket(files);

    @Test
    void stringsAndIntegers() {
        assertStatus(0, "a", "=", "a");
        assertStatus(0, "a", "==", "a");
        assertStatus(1, "a", "!=", "a");
        assertStatus(0, "-z", "");
        assertStatus(1, "-n", "");
        assertStatus(0, "abc");
        assertStatus(1, "");
        assertStatus(1);
        assertStatus(0, "10", "-gt", "9");
        assertStatus(0, " 10 ", "-eq", "+10");
        assertStatus(1, "3", "-lt", "-3");
        assertStatus(0, "3", "-ge", "3");
        assertStatus(0, "a", "<", "b");
    }

    @Test
    void posixRulesForFewArguments() {
        assertStatus(0, "-n");
        assertStatus(0, "=");
        assertStatus(0, "!", "");
        assertStatus(1, "!", "x");
        assertStatus(1, "!", "a", "=", "a");
        assertStatus(0, "(", "x", ")");
        assertStatus(0, "a", "-a", "b");
        assertStatus(1, "a", "-a", "");
    }

    @Test
    void longerExpressionsWithAndOrAndParentheses() {
        assertStatus(0, "1", "-eq", "1", "-a", "x", "=", "x");
        assertStatus(0, "1", "-eq", "2", "-o", "-n", "y");
        assertStatus(1, "!", "(", "a", "=", "a", ")", "-o", "-z", "x");
    }

    @Test
    void longChainsOfNegationsAndParentheses() {
        String[] negations = new String[50_002];
        java.util.Arrays.fill(negations, "!");
        negations[50_001] = "x";
        assertEquals(1, Run.of(test, negations).status(), "an odd number of ! before a true string");
        String[] parentheses = new String[100_000];
        java.util.Arrays.fill(parentheses, "(");
        assertEquals(new Run("", "-bash: test: expression nested too deeply\n", 2), Run.of(test, parentheses));
    }

    @Test
    void filesOnTheHost() {
        files.write("/root/file.txt", "hello\n", false);
        files.write("/root/empty", "", false);
        assertStatus(0, "-f", "file.txt");
        assertStatus(0, "-e", "/root/file.txt");
        assertStatus(1, "-d", "file.txt");
        assertStatus(0, "-d", "/etc");
        assertStatus(1, "-f", "/etc");
        assertStatus(1, "-e", "missing");
        assertStatus(1, "-e", "");
        assertStatus(0, "-s", "file.txt");
        assertStatus(1, "-s", "empty");
        assertStatus(0, "-e", "/dev/null");
    }

    @Test
    void malformedExpressionsPrintBashsMessages() {
        assertEquals(Run.failed("-bash: [: x: integer expression expected\n", 2), Run.of(bracket, "3", "-gt", "x", "]"));
        assertEquals(Run.failed("-bash: [: missing `]'\n", 2), Run.of(bracket, "1", "=", "1"));
        assertEquals(Run.failed("-bash: test: a: unary operator expected\n", 2), Run.of(test, "a", "b"));
        assertEquals(Run.failed("-bash: [: b: binary operator expected\n", 2), Run.of(bracket, "a", "b", "c", "]"));
        assertEquals(Run.failed("-bash: [: too many arguments\n", 2), Run.of(bracket, "a", "b", "c", "d", "e", "]"));
        assertEquals(Run.failed("-bash: [: : integer expression expected\n", 2), Run.of(bracket, "", "-eq", "1", "]"));
        assertEquals(new Run("", "", 1), Run.of(bracket, "]"));
    }

    private void assertStatus(int status, String... args) {
        assertEquals(status, Run.of(test, args).status(), String.join(" ", args));
        String[] withBracket = java.util.Arrays.copyOf(args, args.length + 1);
        withBracket[args.length] = "]";
        assertEquals(status, Run.of(bracket, withBracket).status(), "[ " + String.join(" ", args) + " ]");
    }
}
