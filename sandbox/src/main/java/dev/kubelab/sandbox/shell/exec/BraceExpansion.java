package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Part;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bash's brace expansion, done before any other: {1..6}, {a..e}, {1..10..2}, {01..10}, {a,b,c}, nested and
 * side by side (x{a,b}{1,2}). Only braces inside one unquoted piece of a word are seen; "{x}" and "{}" stay.
 */
final class BraceExpansion {
    /** More words than this from one word would not fit any terminal: the line is refused. */
    static final int MAX_WORDS = 100_000;
    /** Braces within braces, or side by side in one word: each level at least doubles the words. */
    private static final int MAX_BRACES = 64;
    private static final Pattern NUMBERS = Pattern.compile("([-+]?\\d{1,18})\\.\\.([-+]?\\d{1,18})(?:\\.\\.([-+]?\\d{1,18}))?");
    private static final Pattern LETTERS = Pattern.compile("([A-Za-z])\\.\\.([A-Za-z])(?:\\.\\.([-+]?\\d{1,18}))?");

    private BraceExpansion() {
    }

    static List<Word> expand(Word word) {
        List<Word> out = new ArrayList<>();
        expandInto(word, out, 0);
        return out;
    }

    private static void expandInto(Word word, List<Word> out, int braces) {
        if (braces > MAX_BRACES) {
            throw tooMany(MAX_WORDS);
        }
        List<Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Part.Literal literal && !literal.quoted()) {
                Brace brace = find(literal.text());
                if (brace != null) {
                    for (String choice : brace.choices) {
                        List<Part> replaced = new ArrayList<>(parts);
                        replaced.set(i, new Part.Literal(brace.prefix + choice + brace.suffix, false));
                        expandInto(new Word(replaced), out, braces + 1); // the suffix and later parts may hold more
                    }
                    return;
                }
            }
        }
        if (out.size() >= MAX_WORDS) {
            throw tooMany(MAX_WORDS);
        }
        out.add(word);
    }

    private static ShellAbort tooMany(long elements) {
        return new ShellAbort("-bash: brace expansion: failed to allocate memory for " + elements + " elements");
    }

    private record Brace(String prefix, List<String> choices, String suffix) {}

    /** The first valid brace expression in the text, or null. */
    private static Brace find(String text) {
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = closing(text, open);
            if (close < 0) {
                return null;
            }
            List<String> choices = choices(text.substring(open + 1, close));
            if (choices != null) {
                return new Brace(text.substring(0, open), choices, text.substring(close + 1));
            }
        }
        return null;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The words a brace's inside stands for: a sequence or a comma list; null when it is neither. */
    private static List<String> choices(String inside) {
        Matcher numbers = NUMBERS.matcher(inside);
        if (numbers.matches()) {
            return numberSequence(numbers);
        }
        Matcher letters = LETTERS.matcher(inside);
        if (letters.matches()) {
            return letterSequence(letters);
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ',' && depth == 0) {
                items.add(inside.substring(start, i));
                start = i + 1;
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        items.add(inside.substring(start));
        return items;
    }

    private static List<String> numberSequence(Matcher m) {
        long from = Long.parseLong(m.group(1));
        long to = Long.parseLong(m.group(2));
        long step = step(m.group(3));
        // {01..10}: a leading zero on either end pads every number to the wider end's width
        int width = hasLeadingZero(m.group(1)) || hasLeadingZero(m.group(2))
                ? Math.max(m.group(1).length(), m.group(2).length()) : 0;
        List<String> out = new ArrayList<>();
        for (long n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) {
            if (out.size() >= MAX_WORDS) {
                throw tooMany(Math.abs(to - from) / step + 1);
            }
            out.add(pad(n, width));
        }
        return out;
    }

    private static List<String> letterSequence(Matcher m) {
        char from = m.group(1).charAt(0);
        char to = m.group(2).charAt(0);
        long step = step(m.group(3));
        List<String> out = new ArrayList<>();
        for (long c = from; from <= to ? c <= to : c >= to; c += from <= to ? step : -step) {
            out.add(String.valueOf((char) c));
        }
        return out;
    }

    private static long step(String text) {
        long step = text == null ? 1 : Math.abs(Long.parseLong(text));
        return step == 0 ? 1 : step;
    }

    private static boolean hasLeadingZero(String number) {
        String digits = number.replaceFirst("^[-+]", "");
        return digits.length() > 1 && digits.startsWith("0");
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(Math.abs(n));
        int room = width - digits.length() - (n < 0 ? 1 : 0);
        return (n < 0 ? "-" : "") + "0".repeat(Math.max(room, 0)) + digits;
    }
}
