package dev.kubelab.sandbox.shell.printf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintfEngineTest {
    /** What one run printed, what it complained about, and its status. */
    record Result(String out, List<String> complaints, int status) {
    }

    private static Result run(Flavour flavour, String format, String... args) {
        StringBuilder out = new StringBuilder();
        List<String> complaints = new ArrayList<>();
        int status = PrintfEngine.run(flavour, format, List.of(args), new PrintfEngine.Output() {
            @Override
            public void text(String text) {
                out.append(text);
            }

            @Override
            public void complaint(String message) {
                complaints.add(message);
            }
        });
        return new Result(RawBytes.decode(out.toString()), complaints, status);
    }

    private static String bash(String format, String... args) {
        Result result = run(Flavour.BASH, format, args);
        assertEquals(List.of(), result.complaints(), format);
        return result.out();
    }

    private static String busybox(String format, String... args) {
        Result result = run(Flavour.BUSYBOX, format, args);
        assertEquals(List.of(), result.complaints(), format);
        return result.out();
    }

    @Test
    void integersWithFlagsWidthAndPrecision() {
        assertEquals("   42|42   |00042", bash("%5d|%-5d|%05d", "42", "42", "42"));
        assertEquals("+5  5 -3", bash("%+d % d %i", "5", "5", "-3"));
        assertEquals("007|   007|", bash("%.3d|%6.3d|%.0d", "7", "7", "0"));
        assertEquals("ff FF 10 0xff 010 0", bash("%x %X %o %#x %#o %#x", "255", "255", "8", "255", "8", "0"));
        assertEquals("18446744073709551615 fffffffffffffffe", bash("%u %x", "-1", "-2"));
        assertEquals("65 31 8 12 97", bash("%d %d %d %d %d", "'A", "0x1f", "010", " 12", "\"a"));
        assertEquals("233 195", bash("%d ", "'é") + busybox("%d", "'é"));
    }

    @Test
    void floatingPointLikeGlibc() {
        assertEquals("1.000000|   3.142|2.67|2|0", bash("%f|%8.3f|%.2f|%.0f|%.0f", "1", "3.14159", "2.675", "1.5",
                "0.5"));
        assertEquals("1.234568e+04|0.000e+00|1.5E-10", bash("%e|%.3e|%.1E", "12345.678", "0", "1.5e-10"));
        assertEquals("0.0001 100000 1e+06 1e-05 1.23457e+08 0.5 3.",
                bash("%g %g %g %g %g %g %#.0f", "0.0001", "100000", "1000000", "0.00001", "123456789", "0.5", "3"));
        assertEquals("-0003.50|inf  |-INF", bash("%08.2f|%-5f|%F", "-3.5", "inf", "-inf"));
    }

    @Test
    void textAndStarWidths() {
        assertEquals("   ab|ab   |ab|%", bash("%5s|%-5s|%.2s|%%", "ab", "ab", "abcdef"));
        assertEquals("   42|7   |3.14|1   |", bash("%*d|%-*d|%.*f|%*d|", "5", "42", "4", "7", "2", "3.14159", "-4", "1"));
        assertEquals("A|  x", bash("%c|%3c", "ABC", "x"));
        assertEquals(1 << 20, bash("%999999999d", "1").length());
        assertEquals((1 << 20) + 2, bash("%.999999999f", "0.1").length());
    }

    @Test
    void theFormatIsReusedWhileArgumentsRemain() {
        assertEquals("a-b\nc-\n", bash("%s-%s\n", "a", "b", "c"));
        assertEquals("1 2\n3 0\n", bash("%d %d\n", "1", "2", "3"));
        assertEquals("x\n", bash("x\n", "unused", "words"));
        assertEquals("a\nb\n", busybox("%s\n", "a", "b"));
    }

    @Test
    void backslashEscapesInTheFormat() {
        assertEquals("a\tb\n\\", bash("a\\tb\\n\\\\"));
        assertEquals("AAé€", bash("\\101\\x41\\u00e9\\u20ac"));
        assertEquals("\b1|é", bash("\\0101|\\303\\251"));
        assertEquals("\\q \\c ' \" \007\013\f\r\033", bash("\\q \\c \\' \\\" \\a\\v\\f\\r\\e"));
        assertEquals("A\\q\033", busybox("\\x41\\q\\e"));
        assertEquals("a", busybox("a\\cb%s", "x"));
    }

    @Test
    void percentBExpandsItsArgument() {
        assertEquals("A\n|\\'", bash("%b|%b", "\\0101\\n", "\\'"));
        assertEquals("a", bash("%b|%s", "a\\cb", "x"));
        assertEquals("[]", bash("[%5b]", ""));
        assertEquals("aA|", busybox("%b|", "a\\0101"));
        assertEquals("a", busybox("%b%s", "a\\cb", "x"));
    }

    @Test
    void percentQQuotesLikeBash() {
        assertEquals("a\\ b it\\'s '' \\~/x \\#x a=\\~b a#b",
                bash("%q %q %q %q %q %q %q", "a b", "it's", "", "~/x", "#x", "a=~b", "a#b"));
        assertEquals("$'a\\nb' $'\\E[0m\\t'", bash("%q %q", "a\nb", "\033[0m\t"));
        assertEquals("   \\$x", bash("%6q", "$x"));
    }

    @Test
    void bashReportsBadNumbersAndKeepsGoing() {
        assertEquals(new Result("0\n12\n5\n", List.of("x: invalid number", "12abc: invalid number"), 1),
                run(Flavour.BASH, "%d\n", "x", "12abc", "5"));
        assertEquals(new Result("0 0 0.000000", List.of("09: invalid octal number", "0xg: invalid hex number",
                "y: invalid number"), 1), run(Flavour.BASH, "%d %d %f", "09", "0xg", "y"));
        assertEquals(new Result("0", List.of(), 0), run(Flavour.BASH, "%d", ""));
        assertEquals(new Result("9223372036854775807",
                        List.of("warning: 99999999999999999999: Numerical result out of range"), 0),
                run(Flavour.BASH, "%d", "99999999999999999999"));
    }

    @Test
    void bashStopsAtAnUnreadableDirective() {
        assertEquals(new Result("a", List.of("`y': invalid format character"), 1), run(Flavour.BASH, "a%yb\n"));
        assertEquals(new Result("", List.of("`%z': missing format character"), 1), run(Flavour.BASH, "%z"));
        assertEquals(new Result("a", List.of("`%': missing format character"), 1), run(Flavour.BASH, "a%"));
        assertEquals(new Result("\\x", List.of("missing hex digit for \\x"), 0), run(Flavour.BASH, "\\x"));
    }

    @Test
    void busyboxWantsWholeNumbersAndKnowsFewerDirectives() {
        assertEquals(new Result("0\n0\n7\n", List.of("invalid number 'x'", "invalid number '12abc'"), 1),
                run(Flavour.BUSYBOX, "%d\n", "x", "12abc", "7"));
        assertEquals(new Result("0", List.of("invalid number ''"), 1), run(Flavour.BUSYBOX, "%d", ""));
        assertEquals("-5 fffffffffffffffe 31 8", busybox("%d %x %d %d", " -5", "-2", "0x1f", "010"));
        assertEquals(new Result("", List.of("%q\\n: invalid format"), 1), run(Flavour.BUSYBOX, "%q\\n", "a"));
        assertEquals(new Result("", List.of("%-+5d: invalid format"), 1), run(Flavour.BUSYBOX, "%-+5d", "1"));
        assertEquals("[   ab][00042][ 2.50]", busybox("[%5s][%05d][%*.2f]", "ab", "42", "5", "2.5"));
    }
}
