package dev.kubelab.sandbox.shell.exec;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArithmeticTest {
    private static final Map<String, String> VARS = Map.of("i", "4", "expr", "i * 2", "self", "self", "blank", " ");

    @Test
    void integerOperatorsWithPrecedence() {
        assertEquals(7, eval("1 + 2 * 3"));
        assertEquals(9, eval("(1 + 2) * 3"));
        assertEquals(3, eval("10 / 3"));
        assertEquals(-3, eval("-10 / 3"), "division truncates toward zero, as in C");
        assertEquals(-1, eval("-10 % 3"));
        assertEquals(2, eval("17%5"));
        assertEquals(4, eval("- -4"));
        assertEquals(0, eval(""));
        assertEquals(0, eval("   "));
    }

    @Test
    void variablesAndNumberBases() {
        assertEquals(5, eval("i+1"));
        assertEquals(8, eval("expr"), "a value holding an expression is evaluated");
        assertEquals(0, eval("unset + blank"));
        assertEquals(31, eval("0x1F"));
        assertEquals(8, eval("010"));
        assertEquals(Long.MIN_VALUE, eval("9223372036854775807 + 1"), "64-bit wrap-around");
    }

    @Test
    void errorsReadLikeBash() {
        assertFailure("1/0: division by 0 (error token is \"0\")", "1/0");
        assertFailure("5/0+1: division by 0 (error token is \"+1\")", "5/0+1");
        assertFailure("1+: syntax error: operand expected (error token is \"+\")", "1+");
        assertFailure("1 2: syntax error in expression (error token is \"2\")", "1 2");
        assertFailure("08: value too great for base (error token is \"08\")", "08");
        assertFailure("2 @ 3: syntax error: invalid arithmetic operator (error token is \"@ 3\")", "2 @ 3");
        assertFailure("self: expression recursion level exceeded (error token is \"self\")", "self");
        assertFailure("(".repeat(100) + ": expression recursion level exceeded (error token is \"" + "(".repeat(36) + "\")",
                "(".repeat(100));
    }

    @Test
    void pastedNestingFailsInsteadOfExhaustingTheStack() {
        assertThrows(Arithmetic.Failure.class, () -> eval("-".repeat(100_000) + "1"));
        assertEquals(-1, eval("-".repeat(63) + "1"));
    }

    private static long eval(String expression) {
        return Arithmetic.evaluate(expression, VARS::get);
    }

    private static void assertFailure(String message, String expression) {
        assertEquals(message, assertThrows(Arithmetic.Failure.class, () -> eval(expression)).getMessage());
    }
}
