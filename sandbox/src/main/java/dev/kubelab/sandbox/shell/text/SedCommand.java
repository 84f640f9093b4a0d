package dev.kubelab.sandbox.shell.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sed command with its address: N, $, /re/, N,M or /a/,/b/ followed by s///, p or d. */
final class SedCommand {
    private final String from;
    private final String to;
    private final char op;
    private final boolean extended;
    private Pattern search;
    private String replacement;
    private boolean global;
    private boolean printOnSubstitute;
    private boolean inRange;
    /** The line that a (append) or i (insert) adds. */
    private String text;

    private SedCommand(String from, String to, char op, boolean extended) {
        this.from = from;
        this.to = to;
        this.op = op;
        this.extended = extended;
    }

    static SedCommand parse(String text, boolean extended) {
        int i = 0;
        String[] address = new String[2];
        for (int part = 0; part < 2 && i < text.length(); part++) {
            int end = addressEnd(text, i);
            if (end == i) {
                break;
            }
            address[part] = text.substring(i, end);
            i = end;
            if (part == 0 && i < text.length() && text.charAt(i) == ',') {
                i++;
            } else {
                break;
            }
        }
        if (i >= text.length()) {
            throw new IllegalArgumentException("missing command");
        }
        char op = text.charAt(i);
        SedCommand command = new SedCommand(address[0], address[1], op, extended);
        if (op == 's') {
            command.substitution(text.substring(i + 1));
        } else if (op == 'a' || op == 'i') {
            command.text = lineText(text.substring(i + 1));
        } else if ((op != 'p' && op != 'd') || i + 1 != text.length()) {
            throw new IllegalArgumentException("unknown command: `" + op + "'");
        }
        return command;
    }

    /** GNU one-liners: "a\  text" keeps the spaces after the backslash, "a text" drops those before text. */
    private static String lineText(String rest) {
        if (rest.startsWith("\\")) {
            return rest.substring(1);
        }
        String stripped = rest.stripLeading();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("expected \\ after `a', `c' or `i'");
        }
        return stripped;
    }

    String text() {
        return text;
    }

    private static int addressEnd(String text, int i) {
        if (i < text.length() && text.charAt(i) == '/') {
            int close = text.indexOf('/', i + 1);
            return close < 0 ? i : close + 1;
        }
        int end = i;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '$')) {
            end++;
        }
        return end;
    }

    private void substitution(String rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("unterminated `s' command");
        }
        char delimiter = rest.charAt(0);
        String[] parts = rest.substring(1).split(Pattern.quote(String.valueOf(delimiter)), -1);
        if (parts.length < 3) {
            throw new IllegalArgumentException("unterminated `s' command");
        }
        String flags = parts[2];
        int options = flags.contains("i") || flags.contains("I") ? Pattern.CASE_INSENSITIVE : 0;
        search = Pattern.compile(extended ? parts[0] : Grep.basicToJava(parts[0]), options);
        replacement = parts[1].replace("$", "\\$").replace("&", "$0").replaceAll("\\\\([1-9])", "\\$$1")
                .replace("\\n", "\n"); // GNU sed: \n in the replacement is a newline
        global = flags.contains("g");
        printOnSubstitute = flags.contains("p");
    }

    char op() {
        return op;
    }

    boolean printOnSubstitute() {
        return printOnSubstitute;
    }

    void reset() {
        inRange = false;
    }

    boolean selects(int lineNumber, boolean last, String line) {
        if (from == null) {
            return true;
        }
        if (to == null) {
            return matches(from, lineNumber, last, line);
        }
        if (inRange) {
            if (matches(to, lineNumber, last, line)) {
                inRange = false;
            }
            return true;
        }
        if (matches(from, lineNumber, last, line)) {
            inRange = !matches(to, lineNumber, last, line) || to.startsWith("/");
            return true;
        }
        return false;
    }

    private static boolean matches(String address, int lineNumber, boolean last, String line) {
        if (address.equals("$")) {
            return last;
        }
        if (address.startsWith("/")) {
            return Pattern.compile(address.substring(1, address.length() - 1)).matcher(line).find();
        }
        return Integer.parseInt(address) == lineNumber;
    }

    String substitute(String line) {
        Matcher m = search.matcher(line);
        return global ? m.replaceAll(replacement) : m.replaceFirst(replacement);
    }
}
