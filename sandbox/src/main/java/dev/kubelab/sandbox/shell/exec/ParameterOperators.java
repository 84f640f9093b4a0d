package dev.kubelab.sandbox.shell.exec;


import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bash's ${…} operators beyond a plain name: ${#V} (length), ${V:-w} ${V-w} ${V:+w} ${V:=w} (defaults),
 * ${V#p} ${V##p} ${V%p} ${V%%p} (strip a glob prefix/suffix), ${V/p/r} ${V//p/r} (replace). The words
 * are $-expanded first; anything else is bash's "bad substitution".
 */
final class ParameterOperators {
    private static final Pattern FORM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])(:-|:=|:\\+|-|\\+|##|#|%%|%|//|/)(.*)", Pattern.DOTALL);

    private ParameterOperators() {
    }

    /** The value of the expression inside ${…}; lookup reads variables, assign sets one, expand does $ in words. */
    static String expand(String inner, Function<String, String> lookup, java.util.function.BiConsumer<String, String> assign,
                         UnaryOperator<String> expand) {
        if (inner.startsWith("#") && inner.length() > 1 && inner.substring(1).matches("[A-Za-z_][A-Za-z0-9_]*|[?$#0-9]")) {
            return String.valueOf(lookup.apply(inner.substring(1)).length());
        }
        Matcher m = FORM.matcher(inner);
        if (!m.matches()) {
            throw new ShellAbort("-bash: ${" + inner + "}: bad substitution");
        }
        String name = m.group(1);
        String op = m.group(2);
        String value = lookup.apply(name);
        String word = m.group(3);
        switch (op) {
            case ":-": return value.isEmpty() ? expand.apply(word) : value;
            case "-": return value.isEmpty() ? expand.apply(word) : value; // set-but-empty counts as unset here
            case ":+": return value.isEmpty() ? "" : expand.apply(word);
            case "+": return value.isEmpty() ? "" : expand.apply(word);
            case ":=":
                if (value.isEmpty()) {
                    String assigned = expand.apply(word);
                    assign.accept(name, assigned);
                    return assigned;
                }
                return value;
            case "#": return stripPrefix(value, expand.apply(word), false);
            case "##": return stripPrefix(value, expand.apply(word), true);
            case "%": return stripSuffix(value, expand.apply(word), false);
            case "%%": return stripSuffix(value, expand.apply(word), true);
            default: return replace(value, word, op.equals("//"), expand);
        }
    }

    private static String stripPrefix(String value, String glob, boolean longest) {
        Pattern p = glob(glob);
        for (int n = longest ? value.length() : 0; longest ? n >= 0 : n <= value.length(); n += longest ? -1 : 1) {
            if (p.matcher(value.substring(0, n)).matches()) {
                return value.substring(n);
            }
        }
        return value;
    }

    private static String stripSuffix(String value, String glob, boolean longest) {
        Pattern p = glob(glob);
        for (int n = longest ? 0 : value.length(); longest ? n <= value.length() : n >= 0; n += longest ? 1 : -1) {
            if (p.matcher(value.substring(n)).matches()) {
                return value.substring(0, n);
            }
        }
        return value;
    }

    private static String replace(String value, String spec, boolean all, UnaryOperator<String> expand) {
        int slash = spec.indexOf('/');
        String glob = expand.apply(slash < 0 ? spec : spec.substring(0, slash));
        String with = slash < 0 ? "" : expand.apply(spec.substring(slash + 1));
        if (glob.isEmpty()) {
            return value;
        }
        Matcher m = glob(glob).matcher(value); // bash replaces the longest match: greedy *
        return all ? m.replaceAll(Matcher.quoteReplacement(with)) : m.replaceFirst(Matcher.quoteReplacement(with));
    }

    private static Pattern glob(String glob) {
        return GlobPattern.of(glob);
    }
}
