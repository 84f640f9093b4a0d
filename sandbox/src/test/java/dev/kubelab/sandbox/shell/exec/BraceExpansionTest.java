package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Part;
import dev.kubelab.sandbox.shell.syntax.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BraceExpansionTest {
    @Test
    void sequences() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), expand("{1..6}"));
        assertEquals(List.of("3", "2", "1"), expand("{3..1}"));
        assertEquals(List.of("1", "4", "7", "10"), expand("{1..10..3}"));
        assertEquals(List.of("08", "09", "10"), expand("{08..10}"));
        assertEquals(List.of("a", "b", "c"), expand("{a..c}"));
        assertEquals(List.of("-1", "0", "1"), expand("{-1..1}"));
    }

    @Test
    void listsPrefixesAndNesting() {
        assertEquals(List.of("web-a.txt", "web-b.txt"), expand("web-{a,b}.txt"));
        assertEquals(List.of("x1", "x2", "y1", "y2"), expand("{x,y}{1,2}"));
        assertEquals(List.of("a", "b", "c"), expand("{a,{b,c}}"));
        assertEquals(List.of("a", ""), expand("{a,}"));
    }

    @Test
    void otherBracesStayAsTyped() {
        assertEquals(List.of("{}"), expand("{}"));
        assertEquals(List.of("{x}"), expand("{x}"));
        assertEquals(List.of("{1..}"), expand("{1..}"));
        assertEquals(List.of("jsonpath={.items[*].metadata.name}"), expand("jsonpath={.items[*].metadata.name}"));
        assertEquals(List.of("{x}1", "{x}2"), expand("{x}{1,2}"));
        Word quoted = new Word(List.of(new Part.Literal("{1..3}", true)));
        assertEquals(List.of(quoted), BraceExpansion.expand(quoted));
    }

    @Test
    void hugeExpansionsAreRefused() {
        ShellAbort abort = assertThrows(ShellAbort.class, () -> expand("{1..99999999999}"));
        assertEquals("-bash: brace expansion: failed to allocate memory for 99999999999 elements", abort.getMessage());
        assertThrows(ShellAbort.class, () -> expand("{a,b}".repeat(100)));
    }

    private static List<String> expand(String literal) {
        return BraceExpansion.expand(Word.literal(literal)).stream().map(Word::literalText).toList();
    }
}
