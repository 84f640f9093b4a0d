package dev.kubelab.sandbox.kubectl.print.gotemplate;

/** strconv.Quote and strconv.Unquote for the string literals a template holds and the %q verb. */
final class GoQuote {
    private GoQuote() {
    }

    static String quote(String s) {
        return dev.kubelab.sandbox.text.GoQuote.quote(s);
    }

    /** A "…" or `…` literal's value; IllegalArgumentException("invalid syntax") as strconv.Unquote fails. */
    static String unquote(String literal) {
        if (literal.startsWith("`")) {
            return literal.substring(1, literal.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        String body = literal.substring(1, literal.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append((char) 7);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append((char) 11);
                case '\\', '"', '\'' -> out.append(e);
                case 'x' -> {
                    out.append((char) Integer.parseInt(hex(body, i + 1, 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(Integer.parseInt(hex(body, i + 1, 4), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("invalid syntax");
            }
        }
        return out.toString();
    }

    private static String hex(String body, int from, int length) {
        if (from + length > body.length()) {
            throw new IllegalArgumentException("invalid syntax");
        }
        String digits = body.substring(from, from + length);
        if (!digits.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("invalid syntax");
        }
        return digits;
    }
}
