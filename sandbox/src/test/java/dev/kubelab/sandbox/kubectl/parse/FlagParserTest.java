package dev.kubelab.sandbox.kubectl.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FlagParserTest {
    private final FlagParser parser = new FlagParser(List.of(Flag.bool("all-namespaces", 'A'),
            Flag.value("namespace", 'n'), Flag.value("output", 'o'), Flag.bool("show-labels", '\0')));

    @Test
    void everySpellingOfAValuedFlag() throws FlagParseException {
        for (List<String> args : List.of(List.of("-n", "x"), List.of("-nx"), List.of("-n=x"), List.of("--namespace", "x"),
                List.of("--namespace=x"))) {
            assertEquals("x", parser.parse(args).value("namespace", null), args.toString());
        }
    }

    @Test
    void groupedShorthandsAndInterspersedArguments() throws FlagParseException {
        ParsedArgs p = parser.parse(List.of("pods", "-Aowide", "name", "--show-labels", "--", "-x"));
        assertEquals(List.of("pods", "name", "-x"), p.positionals());
        assertEquals(true, p.bool("all-namespaces"));
        assertEquals("wide", p.value("output", ""));
        assertEquals(true, p.bool("show-labels"));
    }

    @Test
    void pflagMessages() {
        assertEquals("unknown flag: --bogus", message(List.of("--bogus")));
        assertEquals("unknown shorthand flag: 'z' in -Az", message(List.of("-Az")));
        assertEquals("flag needs an argument: --namespace", message(List.of("--namespace")));
        assertEquals("flag needs an argument: 'n' in -n", message(List.of("-n")));
        assertEquals("invalid argument \"maybe\" for \"-A, --all-namespaces\" flag: strconv.ParseBool: parsing"
                + " \"maybe\": invalid syntax", message(List.of("--all-namespaces=maybe")));
    }

    private String message(List<String> args) {
        return assertThrows(FlagParseException.class, () -> parser.parse(args)).getMessage();
    }
}
