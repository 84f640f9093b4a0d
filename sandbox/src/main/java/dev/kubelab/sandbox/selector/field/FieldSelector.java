package dev.kubelab.sandbox.selector.field;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.selector.SelectorException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed field selector (apimachinery pkg/fields ParseSelector): comma-separated terms {@code field=value},
 * {@code field==value} or {@code field!=value}, all of which must hold. Terms are kept sorted, as the API server
 * sorts them, so the first unsupported field in that order is the one an error names.
 */
public final class FieldSelector {
    private static final String[] OPERATORS = {"!=", "==", "="};

    /** One term: the field, whether it must equal (or differ from) the value, and the unescaped value. */
    public record Term(String field, boolean equals, String value) {}

    private final List<Term> terms;

    private FieldSelector(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** A selector of already parsed (and converted) terms. */
    public static FieldSelector of(List<Term> terms) {
        return new FieldSelector(terms);
    }

    public static FieldSelector everything() {
        return new FieldSelector(List.of());
    }

    /** fields.ParseSelector; SelectorException with apimachinery's message for a term it cannot read. */
    public static FieldSelector parse(String selector) {
        List<String> parts = splitTerms(selector);
        Collections.sort(parts);
        List<Term> terms = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            Term term = splitTerm(selector, part);
            terms.add(term);
        }
        return new FieldSelector(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Whether an object with these selectable fields matches; a field the set lacks counts as "". */
    public boolean matches(Map<String, String> fields) {
        for (Term t : terms) {
            if (fields.getOrDefault(t.field(), "").equals(t.value()) != t.equals()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the object's selectable fields match (everything matches an empty selector). */
    public boolean matches(KubeObject object) {
        return terms.isEmpty() || matches(SelectableFields.of(object));
    }

    private static List<String> splitTerms(String selector) {
        List<String> terms = new ArrayList<>();
        if (selector.isEmpty()) {
            return terms;
        }
        int start = 0;
        boolean inSlash = false;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (inSlash) {
                inSlash = false;
            } else if (c == '\\') {
                inSlash = true;
            } else if (c == ',') {
                terms.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        terms.add(selector.substring(start));
        return terms;
    }

    private static Term splitTerm(String selector, String part) {
        for (int i = 0; i < part.length(); i++) {
            for (String op : OPERATORS) {
                if (part.startsWith(op, i)) {
                    return new Term(part.substring(0, i), !op.equals("!="),
                            unescape(part.substring(i + op.length())));
                }
            }
        }
        throw new SelectorException("invalid selector: '" + selector + "'; can't understand '" + part + "'");
    }

    /** fields.UnescapeValue: \\ \, \= are escapes; a bare , or = (or any other escape) is an error. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        boolean inSlash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inSlash) {
                if (c != '\\' && c != ',' && c != '=') {
                    throw new SelectorException("invalid field selector: invalid escape sequence: \\" + c);
                }
                out.append(c);
                inSlash = false;
            } else if (c == '\\') {
                inSlash = true;
            } else if (c == ',' || c == '=') {
                throw new SelectorException("invalid field selector: unescaped character in value: " + (int) c);
            } else {
                out.append(c);
            }
        }
        if (inSlash) {
            throw new SelectorException("invalid field selector: invalid escape sequence: \\");
        }
        return out.toString();
    }
}
