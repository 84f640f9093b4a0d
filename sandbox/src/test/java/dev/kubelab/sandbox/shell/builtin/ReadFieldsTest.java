package dev.kubelab.sandbox.shell.builtin;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadFieldsTest {
    private static final String DEFAULT_IFS = " \t\n";

    @Test
    void blanksAroundTheLineGoAndTheLastNameTakesTheRest() {
        assertEquals(List.of("one", "two  three"), split("  one   two  three  ", DEFAULT_IFS, 2));
        assertEquals(List.of("a", "b", ""), split("a b", DEFAULT_IFS, 3), "names without a field are empty");
        assertEquals(List.of("only"), split("\tonly\t", DEFAULT_IFS, 1));
        assertEquals(List.of("", ""), split("", DEFAULT_IFS, 2));
    }

    @Test
    void nonBlankSeparatorsEachEndAField() {
        assertEquals(List.of("root", "x", "0", "0:root:/root:/bin/bash"),
                split("root:x:0:0:root:/root:/bin/bash", ":", 4));
        assertEquals(List.of("a", "", "c"), split("a::c", ":", 3), "two colons enclose an empty field");
        assertEquals(List.of("a", "b"), split("a : b", " :", 2), "blanks around a colon belong to it");
    }

    @Test
    void aLoneTrailingSeparatorIsDroppedFromTheLastField() {
        assertEquals(List.of("1", "2"), split("1:2:", ":", 2));
        assertEquals(List.of("1", "2:3:"), split("1:2:3:", ":", 2), "with more than one field left it stays");
    }

    @Test
    void escapedCharactersDoNotSeparate() {
        BitSet escaped = new BitSet();
        escaped.set(1); // "x y z" where the first blank was written "\ "
        assertEquals(List.of("x y", "z"), ReadFields.split("x y z", escaped, DEFAULT_IFS, 2));
    }

    @Test
    void emptyIfsSplitsNothing() {
        assertEquals(List.of("  a b  ", ""), split("  a b  ", "", 2));
    }

    @Test
    void allFieldsForAnArray() {
        assertEquals(List.of("alpha", "beta", "gamma"), ReadFields.all(" alpha  beta gamma ", new BitSet(), DEFAULT_IFS));
        assertEquals(List.of(), ReadFields.all("   ", new BitSet(), DEFAULT_IFS));
    }

    private static List<String> split(String line, String ifs, int names) {
        return ReadFields.split(line, new BitSet(), ifs, names);
    }
}
