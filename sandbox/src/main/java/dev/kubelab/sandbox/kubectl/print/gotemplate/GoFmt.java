package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** fmt.Sprint / Sprintln / Sprintf over the values a template sees. */
final class GoFmt {
    private GoFmt() {
    }

    /** fmt.Sprint: spaces between operands when neither is a string. */
    static String sprint(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i) instanceof String) && !(args.get(i - 1) instanceof String)) {
                out.append(' ');
            }
            out.append(value(args.get(i), 'v'));
        }
        return out.toString();
    }

    /** fmt.Sprintln: always spaces, then a newline. */
    static String sprintln(List<Object> args) {
        StringJoiner out = new StringJoiner(" ", "", "\n");
        args.forEach(a -> out.add(value(a, 'v')));
        return out.toString();
    }

    static String sprintf(String format, List<Object> args) {
        return new Printf(format, args).run();
    }

    /** One value with a verb that applies to every value inside a map or list as fmt does. */
    static String value(Object v, char verb) {
        if (v instanceof Map) {
            StringJoiner out = new StringJoiner(" ", "map[", "]");
            new TreeMap<Object, Object>((Map<?, ?>) v).forEach((k, x) -> out.add(value(k, verb) + ":"
                    + value(x, verb)));
            return out.toString();
        }
        if (v instanceof List) {
            StringJoiner out = new StringJoiner(" ", "[", "]");
            ((List<?>) v).forEach(x -> out.add(value(x, verb)));
            return out.toString();
        }
        String plain = Printf.scalar(v, verb, -1);
        return plain != null ? plain : bad(v, verb);
    }

    /** %!d(float64=2): a verb that does not suit the value. */
    static String bad(Object v, char verb) {
        if (v == null) {
            return "%!" + verb + "(<nil>)";
        }
        return "%!" + verb + "(" + Values.typeName(v) + "=" + value(v, 'v') + ")";
    }
}
