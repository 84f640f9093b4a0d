package dev.kubelab.sandbox.selector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every message labels.Parse can give, word for word as apimachinery builds it. */
class SelectorParseErrorTest {
    private static final String NAME_REGEX = "must consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used "
            + "for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private static final String VALUE_REGEX = "a valid label must be an empty string or consist of alphanumeric "
            + "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  "
            + "or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a=b c          | found 'c', expected: ',' or 'end of string'",
        "a=b=c          | found '=', expected: ',' or 'end of string'",
        "a=b,           | found '', expected: identifier after ','",
        "a=b,,c=d       | found ',', expected: identifier after ','",
        "=b             | found '=', expected: !, identifier, or 'end of string'",
        "(a)            | found '(', expected: !, identifier, or 'end of string'",
        "!              | unable to parse requirement: found '', expected: identifier",
        "!=a            | found '!=', expected: !, identifier, or 'end of string'",
        "a b            | unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt",
        "a in b         | unable to parse requirement: found 'b' expected: '('",
        "a in           | unable to parse requirement: found '' expected: '('",
        "a in (b        | unable to parse requirement: found '', expected: ',' or ')'",
        "a in (b c)     | unable to parse requirement: found 'c', expected: ',' or ')'",
        "a in (=)       | unable to parse requirement: found '=', expected: ',', ')' or identifier",
        "a in (b,=)     | unable to parse requirement: found '=', expected: ',', or identifier",
        "a = (b)        | unable to parse requirement: found '(', expected: identifier",
        "a>b            | unable to parse requirement: values[0]: Invalid value: \"b\": for 'Gt', 'Lt' operators, the value must be an integer",
        "!a=b           | found '=', expected: ',' or 'end of string'",
    })
    void syntaxErrors(String selector, String message) {
        assertEquals(message, parseError(selector));
    }

    @Test
    void invalidKey() {
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"-app\": name part " + NAME_REGEX,
                parseError("-app=web"));
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name " + NAME_REGEX
                        + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                parseError("a/b/c"));
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"/app\": prefix part must be non-empty",
                parseError("/app"));
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"Example.com/app\": prefix part a lowercase "
                        + "RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
                        + "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation "
                        + "is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                parseError("Example.com/app"));
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"example.com/\": name part must be "
                + "non-empty; name part " + NAME_REGEX, parseError("example.com/"));
        String longKey = "k".repeat(64);
        assertEquals("unable to parse requirement: <nil>: Invalid value: \"" + longKey
                + "\": name part must be no more than 63 characters", parseError(longKey));
    }

    @Test
    void invalidValue() {
        assertEquals("unable to parse requirement: values[0][app]: Invalid value: \"web_\": " + VALUE_REGEX,
                parseError("app=web_"));
        assertEquals("unable to parse requirement: values[1][app]: Invalid value: \"y-\": " + VALUE_REGEX,
                parseError("app in (x,y-)"));
        String longValue = "v".repeat(64);
        assertEquals("unable to parse requirement: values[0][app]: Invalid value: \"" + longValue
                + "\": must be no more than 63 characters", parseError("app=" + longValue));
    }

    @Test
    void matchExpressionErrors() {
        SelectorException e = assertThrows(SelectorException.class,
                () -> Requirement.ofMatchExpression("app", "Equals", java.util.List.of("x")));
        assertEquals("\"Equals\" is not a valid label selector operator", e.getMessage());
        e = assertThrows(SelectorException.class,
                () -> Requirement.ofMatchExpression("app", "In", java.util.List.of()));
        assertEquals("values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty",
                e.getMessage());
        e = assertThrows(SelectorException.class,
                () -> Requirement.ofMatchExpression("app", "Exists", java.util.List.of("x")));
        assertEquals("values: Invalid value: []string{\"x\"}: values set must be empty for exists and does not exist",
                e.getMessage());
        e = assertThrows(SelectorException.class,
                () -> Requirement.ofMatchExpression("-a", "Exists", java.util.List.of("x")));
        assertEquals("[key: Invalid value: \"-a\": name part " + NAME_REGEX + ", values: Invalid value: "
                + "[]string{\"x\"}: values set must be empty for exists and does not exist]", e.getMessage());
    }

    @Test
    void kubectlWrapsTheServersBadRequest() {
        SelectorException e = assertThrows(SelectorException.class, () -> Selector.parse("app in (web"));
        assertEquals("Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label "
                        + "selector \"app in (web\", field selector \"\": unable to parse requirement: found '', "
                        + "expected: ',' or ')'",
                e.kubectlMessage("/v1, Resource=pods", "app in (web"));
    }

    private static String parseError(String selector) {
        return assertThrows(SelectorException.class, () -> Selector.parse(selector)).getMessage();
    }
}
