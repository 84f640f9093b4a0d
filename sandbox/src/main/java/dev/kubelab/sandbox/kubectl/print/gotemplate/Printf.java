package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** fmt.Sprintf for the verbs templates use: %v %s %q %d %f %e %g %t %x %X %c %%, flags - + 0, width, precision. */
final class Printf {
    private final String format;
    private final List<Object> args;
    private final StringBuilder out = new StringBuilder();
    private int used;

    Printf(String format, List<Object> args) {
        this.format = format;
        this.args = args;
    }

    String run() {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int flagsStart = i;
            while (i < format.length() && "-+# 0".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            String flags = format.substring(flagsStart, i);
            int width = -1;
            int precision = -1;
            int start = i;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(format.substring(start, i));
            }
            if (i < format.length() && format.charAt(i) == '.') {
                start = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
            }
            if (i >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            verb(format.charAt(i++), flags, width, precision);
        }
        if (used < args.size()) {
            StringJoiner extra = new StringJoiner(", ", "%!(EXTRA ", ")");
            for (Object a : args.subList(used, args.size())) {
                extra.add(a == null ? "<nil>" : Values.typeName(a) + "=" + GoFmt.value(a, 'v'));
            }
            out.append(extra);
        }
        return out.toString();
    }

    private void verb(char verb, String flags, int width, int precision) {
        if (verb == '%') {
            out.append('%');
            return;
        }
        if (used >= args.size()) {
            out.append("%!").append(verb).append("(MISSING)");
            return;
        }
        Object v = args.get(used++);
        String text = v instanceof java.util.Map || v instanceof List ? GoFmt.value(v, verb) : scalar(v, verb,
                precision);
        if (text == null) {
            out.append(GoFmt.bad(v, verb));
            return;
        }
        boolean numeric = v instanceof Long || v instanceof Double;
        if (numeric && flags.contains("+") && !text.startsWith("-")) {
            text = "+" + text;
        }
        out.append(pad(text, width, flags, numeric));
    }

    private static String pad(String text, int width, String flags, boolean numeric) {
        int length = text.codePointCount(0, text.length());
        if (width <= length) {
            return text;
        }
        String fill = " ".repeat(width - length);
        if (flags.contains("-")) {
            return text + fill;
        }
        if (flags.contains("0") && numeric) {
            boolean signed = text.startsWith("-") || text.startsWith("+");
            return (signed ? text.substring(0, 1) : "") + "0".repeat(width - length)
                    + (signed ? text.substring(1) : text);
        }
        return fill + text;
    }

    /** The value with this verb, or null when the verb does not suit it. */
    static String scalar(Object v, char verb, int precision) {
        if (v == null) {
            return verb == 'v' ? "<nil>" : null;
        }
        if (v instanceof String) {
            String s = (String) v;
            if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
                s = s.substring(0, s.offsetByCodePoints(0, precision));
            }
            switch (verb) {
                case 'v':
                case 's':
                    return s;
                case 'q':
                    return GoQuote.quote(s);
                case 'x':
                case 'X':
                    StringBuilder hex = new StringBuilder();
                    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                        hex.append(String.format(verb == 'x' ? "%02x" : "%02X", b));
                    }
                    return hex.toString();
                default:
                    return null;
            }
        }
        if (v instanceof Boolean) {
            return verb == 'v' || verb == 't' ? v.toString() : null;
        }
        if (v instanceof Long) {
            long n = (Long) v;
            switch (verb) {
                case 'v':
                case 'd':
                    return Long.toString(n);
                case 'x':
                    return Long.toHexString(n);
                case 'X':
                    return Long.toHexString(n).toUpperCase(Locale.ROOT);
                case 'o':
                    return Long.toOctalString(n);
                case 'b':
                    return Long.toBinaryString(n);
                case 'c':
                    return new String(Character.toChars((int) n));
                case 'q':
                    return "'" + new String(Character.toChars((int) n)) + "'";
                default:
                    return null;
            }
        }
        if (v instanceof Double) {
            double d = (Double) v;
            switch (verb) {
                case 'v':
                case 'g':
                    return precision < 0 ? GoFloat.g(d) : GoFloat.e(d, precision - 1);
                case 'f':
                case 'F':
                    return GoFloat.f(d, precision < 0 ? 6 : precision);
                case 'e':
                    return GoFloat.e(d, precision < 0 ? 6 : precision);
                default:
                    return null;
            }
        }
        return null;
    }
}
