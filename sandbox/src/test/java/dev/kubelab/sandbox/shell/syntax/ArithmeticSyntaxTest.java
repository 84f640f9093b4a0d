package dev.kubelab.sandbox.shell.syntax;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** ((…)), for ((…)) and $'…': what the lexer and parser make of them. */
class ArithmeticSyntaxTest {
    @Test
    void doubleParenthesesClosingTogetherAreAnArithmeticCommand() {
        assertEquals("i++", ((Compound.Arithmetic) first("((i++))")).expression());
        assertEquals(" (a + 1) * 2 ", ((Compound.Arithmetic) first("(( (a + 1) * 2 )) > out")).expression());
        Compound.If clause = (Compound.If) first("if ((x > 1)); then ((x--)); fi");
        assertInstanceOf(Compound.Arithmetic.class, clause.branches().get(0).condition().lists().get(0)
                .pipelines().get(0).commands().get(0));
    }

    @Test
    void otherwiseTheyAreSubshellsInsideSubshells() {
        Compound.Subshell outer = (Compound.Subshell) first("((echo a); echo b)");
        assertInstanceOf(Compound.Subshell.class, outer.body().lists().get(0).pipelines().get(0).commands().get(0));
        assertEquals(new Parsed.SyntaxError("("), Parser.parse("echo ((1))"));
    }

    @Test
    void anUnclosedArithmeticCommandAsksForMoreLines() {
        assertInstanceOf(Parsed.Incomplete.class, Parser.parse("(( 1 +"));
        assertInstanceOf(Parsed.Complete.class, Parser.parse("((\n1 + 1\n))"));
    }

    @Test
    void arithmeticForHasThreeExpressions() {
        Compound.ArithmeticFor loop = (Compound.ArithmeticFor) first("for (( i=0; i<3; i++ )); do echo $i; done");
        assertEquals(" i=0", loop.init());
        assertEquals(" i<3", loop.condition());
        assertEquals(" i++ ", loop.step());
        Compound.ArithmeticFor braces = (Compound.ArithmeticFor) first("for ((;;)) { echo; }");
        assertEquals("", braces.condition());
        assertEquals(new Parsed.SyntaxError("((i; j))"), Parser.parse("for ((i; j)); do :; done"));
    }

    @Test
    void ansiCQuotingDecodesEscapes() {
        assertEquals("a\tb\nc", word("$'a\\tb\\nc'"));
        assertEquals("it's", word("$'it\\'s'"));
        assertEquals("AB\u0007", word("$'\\x41\\102\\a'"));
        assertEquals("\u001b[0m", word("$'\\e[0m'"));
        assertEquals("\u00e9", word("$'\\u00e9'"));
        assertEquals("\\q\u001b", word("$'\\q\\c['"));
        assertEquals("$'no'", word("\"$'no'\""));
        assertInstanceOf(Parsed.Incomplete.class, Parser.parse("echo $'open"));
    }

    private static Script.Command first(String line) {
        return ((Parsed.Complete) Parser.parse(line)).script().lists().get(0).pipelines().get(0).commands().get(0);
    }

    private static String word(String text) {
        return ((Script.Simple) first("echo " + text)).words().get(1).literalText();
    }
}
