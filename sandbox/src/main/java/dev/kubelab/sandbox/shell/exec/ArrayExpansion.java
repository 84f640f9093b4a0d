package dev.kubelab.sandbox.shell.exec;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ${NAME[i]}, ${NAME[@]}, ${NAME[*]}, ${#NAME[@]} and ${#NAME[i]}: the arrays read -a fills. The subscript is
 * arithmetic (${a[i+1]}, ${a[$n]}); a negative one counts from the end; one past the end is empty.
 */
final class ArrayExpansion {
    private static final Pattern SUBSCRIPTED = Pattern.compile("(#?)([A-Za-z_][A-Za-z0-9_]*)\\[([^\\]]*)\\]");

    private ArrayExpansion() {
    }

    /** The value of an array reference; null when the text is no such reference. */
    static String value(Environment env, String spec, UnaryOperator<String> arithmetic) {
        Matcher m = SUBSCRIPTED.matcher(spec);
        if (!m.matches()) {
            return null;
        }
        List<String> elements = env.array(m.group(2));
        String subscript = m.group(3);
        boolean all = subscript.equals("@") || subscript.equals("*");
        if (m.group(1).isEmpty()) {
            return all ? String.join(" ", elements) : element(elements, arithmetic.apply(subscript));
        }
        return String.valueOf(all ? elements.size() : element(elements, arithmetic.apply(subscript)).length());
    }

    /** For "${NAME[@]}": the array's name (each element is a field of its own); null for anything else. */
    static String allElementsOf(String spec) {
        Matcher m = SUBSCRIPTED.matcher(spec);
        return m.matches() && m.group(1).isEmpty() && m.group(3).equals("@") ? m.group(2) : null;
    }

    private static String element(List<String> elements, String index) {
        long i = Long.parseLong(index);
        if (i < 0) {
            i += elements.size();
        }
        return i >= 0 && i < elements.size() ? elements.get((int) i) : "";
    }
}
