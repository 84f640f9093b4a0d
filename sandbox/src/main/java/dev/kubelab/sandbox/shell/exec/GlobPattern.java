package dev.kubelab.sandbox.shell.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A shell pattern as bash matches it in case and ${V#…} (and find -name, fnmatch): * any text, ? one character, [abc] [a-z] [!x] [^x]
 * [[:digit:]] one of a set; quoted characters (and a backslash-escaped one) match only themselves. A [ with no
 * closing ] is an ordinary character.
 */
public final class GlobPattern {
    private final StringBuilder text = new StringBuilder();
    private final List<Boolean> quoted = new ArrayList<>();

    /** Appends text that came quoted (matches literally) or unquoted (special characters are special). */
    GlobPattern add(String piece, boolean literally) {
        text.append(piece);
        for (int i = 0; i < piece.length(); i++) {
            quoted.add(literally);
        }
        return this;
    }

    public static Pattern of(String glob) {
        return of(glob, false);
    }

    /** ignoreCase: find -iname. */
    public static Pattern of(String glob, boolean ignoreCase) {
        return new GlobPattern().add(glob, false).compile(ignoreCase);
    }

    Pattern compile() {
        return compile(false);
    }

    private Pattern compile(boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted.get(i)) {
                re.append(literal(c));
            } else if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '\\' && i + 1 < text.length()) {
                re.append(literal(text.charAt(++i)));
            } else if (c == '[' && closingBracket(i) > 0) {
                int close = closingBracket(i);
                re.append(bracket(i + 1, close));
                i = close;
            } else {
                re.append(literal(c));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
    }

    /** Where the ] closing the set opened at {@code open} is; a ] right after [ or [! belongs to the set. */
    private int closingBracket(int open) {
        int i = open + 1;
        if (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '^')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ']') {
            i++;
        }
        while (i < text.length()) {
            if (text.indexOf("[:", i) == i) {
                int end = text.indexOf(":]", i + 2);
                i = end < 0 ? i + 1 : end + 2;
            } else if (text.charAt(i) == ']') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The set between [ and ] as a regex class. */
    private String bracket(int from, int close) {
        StringBuilder set = new StringBuilder("[");
        int i = from;
        if (text.charAt(i) == '!' || text.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        int first = i;
        while (i < close) {
            char c = text.charAt(i);
            if (text.indexOf("[:", i) == i && text.indexOf(":]", i + 2) > 0
                    && text.indexOf(":]", i + 2) < close) {
                int end = text.indexOf(":]", i + 2);
                set.append(posixClass(text.substring(i + 2, end)));
                i = end + 2;
            } else if (c == '-' && i > first && i + 1 < close) {
                set.append('-'); // a range between its neighbours
                i++;
            } else {
                set.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
                i++;
            }
        }
        return set.append(']').toString();
    }

    private static String posixClass(String name) {
        switch (name) {
            case "xdigit":
                return "\\p{XDigit}";
            case "alpha": case "digit": case "alnum": case "upper": case "lower": case "space": case "punct":
            case "blank": case "cntrl": case "print": case "graph":
                return "\\p{" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "}";
            default:
                return "";
        }
    }

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
    }
}
