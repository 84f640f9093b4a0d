package dev.kubelab.sandbox.shell.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** for, while, until, if and { }: what they parse to, when bash asks for more lines, and bash's syntax errors. */
class CompoundParserTest {
    @Test
    void forLoopKeepsNameWordsAndBody() {
        Compound.For loop = (Compound.For) only("for i in 1 $(seq 2 3); do echo $i; done");
        assertEquals("i", loop.name());
        assertEquals(2, loop.words().size());
        assertEquals("1", loop.words().get(0).literalText());
        assertEquals(1, loop.body().lists().size());
    }

    @Test
    void forWithoutInLoopsOverNoWordsList() {
        assertNull(((Compound.For) only("for i; do echo $i; done")).words());
        assertNull(((Compound.For) only("for i do echo $i; done")).words());
        assertEquals(List.of(), ((Compound.For) only("for i in; do echo $i; done")).words());
    }

    @Test
    void reservedWordsCountOnlyWhereACommandStarts() {
        Compound.For loop = (Compound.For) only("for w in do done; do echo done; done");
        assertEquals(2, loop.words().size());
        Script.Simple echo = (Script.Simple) loop.body().lists().get(0).pipelines().get(0).commands().get(0);
        assertEquals("done", echo.words().get(1).literalText());
        assertInstanceOf(Script.Simple.class, first(Parser.parse("echo \"for\" if; 'done'")));
    }

    @Test
    void whileUntilIfAndGroups() {
        Compound.Loop loop = (Compound.Loop) only("while true; do echo x; done");
        assertEquals(false, loop.until());
        assertEquals(true, ((Compound.Loop) only("until false; do :; done")).until());
        Compound.If clause = (Compound.If) only("if a; then b; elif c; then d; elif e; then f; else g; fi");
        assertEquals(3, clause.branches().size());
        assertEquals(1, clause.otherwise().lists().size());
        assertNull(((Compound.If) only("if a; then b; fi")).otherwise());
        assertEquals(2, ((Compound.Group) only("{ echo a; echo b; }")).body().lists().size());
    }

    @Test
    void redirectionsAndPipesAfterTheClosingWord() {
        Script.Pipeline pipeline = ((Parsed.Complete) Parser.parse("for i in 1 2; do echo $i; done > out.txt | sort | uniq -c"))
                .script().lists().get(0).pipelines().get(0);
        assertEquals(3, pipeline.commands().size());
        assertEquals(">", pipeline.commands().get(0).redirects().get(0).op());
        assertInstanceOf(Compound.If.class, only("if true; then echo; fi 2>&1"));
    }

    @Test
    void nestedCompoundsMayCloseWithoutSeparator() {
        Compound.For loop = (Compound.For) only("for i in 1; do if true; then echo; fi done");
        assertInstanceOf(Compound.If.class, loop.body().lists().get(0).pipelines().get(0).commands().get(0));
    }

    @Test
    void openCompoundsAskForMoreLines() {
        for (String open : List.of("for i in 1 2 3", "for i in 1 2 3; do", "for i in 1 2 3\ndo\necho $i",
                "while true", "while true; do echo", "if true", "if true; then echo", "if a; then b; else",
                "{ echo a", "for i", "for i in", "until false; do x; done |", "if a; then b; elif")) {
            assertEquals(new Parsed.Incomplete(false), Parser.parse(open), open);
        }
    }

    @Test
    void syntaxErrorsNameTheTokenAsBashDoes() {
        assertError("done", "done");
        assertError("for i in 1 2 3; do echo $i; done done", "done");
        assertError("for i in 1 2; do; echo $i; done", ";");
        assertError("for i in 1 2 3; echo $i; done", "echo");
        assertError("for i in 1 2 3 do echo; done", "done");
        assertError("while true; done", "done");
        assertError("while true\ndo\ndone", "done");
        assertError("if true; then fi", "fi");
        assertError("if true; fi", "fi");
        assertError("if true; then echo; fi echo", "echo");
        assertError("then", "then");
        assertError("echo a; }", "}");
        assertError("{echo a;}", "}");
        assertError("for", "newline");
        assertError("for ; do", ";");
        assertError("echo a | done", "done");
        assertError("for i in 1 | x; do", "|");
    }

    @Test
    void existingSimpleCommandErrorsStayTheSame() {
        assertError("| grep x", "|");
        assertError("echo hi >", "newline");
        assertError("; ls", ";");
        assertError("echo a; ;", ";");
        assertEquals(new Parsed.Incomplete(false), Parser.parse("echo a |"));
    }

    @Test
    void arithmeticExpansionIsItsOwnPart() {
        Script.Simple echo = (Script.Simple) first(Parser.parse("echo $((i + 1))x \"$(( 2*3 ))\""));
        assertEquals(List.of(new Part.Arithmetic("i + 1", false), new Part.Literal("x", false)), echo.words().get(1).parts());
        List<Part> quoted = echo.words().get(2).parts();
        assertEquals(new Part.Arithmetic(" 2*3 ", true), quoted.get(quoted.size() - 1));
        assertEquals(new Parsed.Incomplete(false), Parser.parse("echo $((1 + 2)"));
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        assertError("if ".repeat(5000), "if");
    }

    private static void assertError(String text, String token) {
        assertEquals(new Parsed.SyntaxError(token), Parser.parse(text), text);
    }

    private static Script.Command only(String text) {
        Parsed parsed = Parser.parse(text);
        Script script = ((Parsed.Complete) parsed).script();
        assertEquals(1, script.lists().size(), text);
        return first(parsed);
    }

    private static Script.Command first(Parsed parsed) {
        return ((Parsed.Complete) parsed).script().lists().get(0).pipelines().get(0).commands().get(0);
    }
}
