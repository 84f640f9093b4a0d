package dev.kubelab.sandbox.shell.exec;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
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
        assertFailure("5/0+1: division by 0 (error token is \"0+1\")", "5/0+1");
        assertFailure("1 % (2-2) * 3: division by 0 (error token is \"(2-2) * 3\")", "1 % (2-2) * 3");
        assertFailure("1+: syntax error: operand expected (error token is \"+\")", "1+");
        assertFailure("1 2: syntax error in expression (error token is \"2\")", "1 2");
        assertFailure("08: value too great for base (error token is \"08\")", "08");
        assertFailure("2 @ 3: syntax error: invalid arithmetic operator (error token is \"@ 3\")", "2 @ 3");
        assertFailure("self: expression recursion level exceeded (error token is \"self\")", "self");
        assertFailure("(".repeat(100) + ": expression recursion level exceeded (error token is \"" + "(".repeat(36) + "\")",
                "(".repeat(100));
    }

    @Test
    void assignmentsChangeTheVariables() {
        assertEquals(7, eval("x = 3 + 4"));
        assertEquals("7", vars.get("x"));
        assertEquals(9, eval("x += 2"));
        assertEquals(3, eval("x /= 3"));
        assertEquals(12, eval("x <<= 2"));
        assertEquals(13, eval("x |= 1"));
        assertEquals(12, eval("x ^= 1"));
        assertEquals(4, eval("x &= 5"));
        assertEquals(1, eval("x %= 3"));
        assertEquals(5, eval("x = y = 5"), "right-associative");
        assertEquals("5", vars.get("y"));
        assertEquals(2, eval("a = 1, b = a + 1"), "the comma's value is the last one");
        assertEquals(5, eval("self = 5"), "a name about to be set is not read (self names itself)");
    }

    @Test
    void incrementsBeforeAndAfterAName() {
        assertEquals(4, eval("i++"));
        assertEquals("5", vars.get("i"));
        assertEquals(6, eval("++i"));
        assertEquals(6, eval("i--"));
        assertEquals(4, eval("--i"));
        assertEquals(3, eval("1++2"), "not next to a name, ++ is two signs");
        assertEquals(5, eval("++5"));
        assertEquals(5, eval("i+++1"), "i++ + 1");
        assertEquals("5", vars.get("i"));
    }

    @Test
    void comparisonsLogicAndBits() {
        assertEquals(1, eval("3 > 2 && 2 >= 2 && 1 < 2 && 1 <= 1 && 2 == 2 && 2 != 3"));
        assertEquals(0, eval("!5"));
        assertEquals(-1, eval("~0"));
        assertEquals(6, eval("2 | 4 & 6 ^ 0"), "& binds tighter than ^, ^ than |");
        assertEquals(-4, eval("-16 >> 2"));
        assertEquals(4, eval("-2 ** 2"), "unary minus binds tighter than **");
        assertEquals(512, eval("2 ** 3 ** 2"), "** is right-associative");
        assertEquals(3, eval("0 ? 1 : 1 ? 3 : 4"));
        assertEquals(3, eval("1 ? 2, 3 : 4"));
        assertEquals(255 + 5 + 63, eval("16#ff + 2#101 + 64#_"));
    }

    @Test
    void theBranchNotTakenHasNoEffect() {
        assertEquals(0, eval("0 && (x = 1/0)"));
        assertEquals(1, eval("1 || x++"));
        assertEquals(2, eval("0 ? x = 9 : 2"));
        assertEquals(null, vars.get("x"));
    }

    @Test
    void assignmentErrors() {
        assertFailure("3=4: attempted assignment to non-variable (error token is \"=4\")", "3=4");
        assertFailure("i++ = 1: attempted assignment to non-variable (error token is \"= 1\")", "i++ = 1");
        assertFailure("(i) = 1: attempted assignment to non-variable (error token is \"= 1\")", "(i) = 1");
        assertFailure("1 ? 2: `:' expected for conditional expression (error token is \"2\")", "1 ? 2");
        assertFailure("1 ? : 3: expression expected (error token is \": 3\")", "1 ? : 3");
        assertFailure("2**-1 + 3: exponent less than 0 (error token is \"+ 3\")", "2**-1 + 3");
        assertFailure("(1+2: missing `)' (error token is \"2\")", "(1+2");
        assertFailure("65#1: invalid arithmetic base (error token is \"65#1\")", "65#1");
        assertFailure("x /= 0: division by 0 (error token is \"0\")", "x /= 0");
    }

    @Test
    void pastedNestingFailsInsteadOfExhaustingTheStack() {
        assertThrows(Arithmetic.Failure.class, () -> eval("x=".repeat(100_000) + "1"));
        assertThrows(Arithmetic.Failure.class, () -> eval("2**".repeat(100_000) + "1"));
        assertThrows(Arithmetic.Failure.class, () -> eval("1?".repeat(100_000) + "1"));
        assertThrows(Arithmetic.Failure.class, () -> eval("-".repeat(100_000) + "1"));
        assertEquals(-1, eval("-".repeat(63) + "1"));
    }

    private final Map<String, String> vars = new HashMap<>(VARS);

    private long eval(String expression) {
        return Arithmetic.evaluate(expression, new Arithmetic.Variables() {
            @Override
            public String get(String name) {
                return vars.get(name);
            }

            @Override
            public void set(String name, String value) {
                vars.put(name, value);
            }
        });
    }

    private void assertFailure(String message, String expression) {
        assertEquals(message, assertThrows(Arithmetic.Failure.class, () -> eval(expression)).getMessage());
    }
}
