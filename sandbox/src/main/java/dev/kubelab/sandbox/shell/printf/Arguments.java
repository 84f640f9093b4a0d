package dev.kubelab.sandbox.shell.printf;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * printf's arguments, taken one by one as the format asks, with each flavour's reading of numbers: 'A and "A
 * give the character's code; bash (strtoimax) uses the number a word starts with and complains about the rest,
 * busybox (bb_strtoll) wants the whole word and uses 0 otherwise. A missing argument reads as "" (0 in bash).
 */
final class Arguments {
    /** Where complaints go: counted ones make the exit status 1, warnings do not. */
    interface Complaints {
        void invalid(String message);

        void warning(String message);
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final Pattern FLOAT = Pattern.compile("\\s*[+-]?(0[xX][0-9a-fA-F]+|(\\d+\\.?\\d*|\\.\\d+)"
            + "([eE][+-]?\\d+)?|(?i:inf(inity)?|nan))");

    private final List<String> words;
    private final Flavour flavour;
    private final Complaints complaints;
    private int next;

    Arguments(List<String> words, Flavour flavour, Complaints complaints) {
        this.words = words;
        this.flavour = flavour;
        this.complaints = complaints;
    }

    boolean remaining() {
        return next < words.size();
    }

    int used() {
        return next;
    }

    String string() {
        return next < words.size() ? words.get(next++) : "";
    }

    /** A width or precision from *: bash reads it like %d (clamped to int), busybox as a decimal int. */
    int starValue() {
        if (flavour == Flavour.BASH) {
            boolean had = remaining();
            String word = had ? words.get(next) : "";
            long value = signed();
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                complaints.warning("warning: " + word + ": Numerical result out of range");
                return value > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            return (int) value;
        }
        if (!remaining()) {
            return 0;
        }
        String word = string();
        if (!word.matches("[+-]?\\d{1,10}") || new BigInteger(word).bitLength() > 31) {
            complaints.invalid("invalid number '" + word + "'");
            return 0;
        }
        return Integer.parseInt(word);
    }

    long signed() {
        return integer(false);
    }

    long unsigned() {
        return integer(true);
    }

    double floating() {
        boolean bash = flavour == Flavour.BASH;
        if (bash && !remaining()) {
            return 0;
        }
        String word = charCode(string());
        if (word.isEmpty()) {
            return 0; // strtod("") converts nothing and leaves nothing over
        }
        Matcher m = FLOAT.matcher(word);
        boolean found = m.lookingAt();
        String number = found ? m.group().trim() : "0";
        double value = number.matches("[+-]?0[xX].*") ? parseHex(number) : Double.parseDouble(number
                .replaceAll("(?i)^([+-]?)inf(inity)?$", "$1Infinity").replaceAll("(?i)^[+-]?nan$", "NaN"));
        if (found && m.end() == word.length()) {
            return value;
        }
        complaints.invalid(bash ? invalidNumber(word) : "invalid number '" + word + "'");
        return bash && found ? value : 0;
    }

    private long integer(boolean unsigned) {
        boolean bash = flavour == Flavour.BASH;
        if (bash && !remaining()) {
            return 0;
        }
        String word = charCode(string());
        String text = bash ? word : word.stripLeading(); // busybox names the word without its leading blanks
        StrToL parsed = StrToL.parse(!bash && text.startsWith("+") ? text.substring(1) : text, bash);
        if (!parsed.complete()) {
            complaints.invalid(bash ? invalidNumber(word) : "invalid number '" + text + "'");
            if (!bash) {
                return 0;
            }
        }
        BigInteger value = parsed.value();
        if (unsigned && value.signum() < 0 && value.negate().compareTo(TWO_64) < 0) {
            return value.add(TWO_64).longValue(); // strtoumax("-2") wraps around
        }
        BigInteger max = unsigned ? TWO_64.subtract(BigInteger.ONE) : LONG_MAX;
        BigInteger min = unsigned ? TWO_64.negate().add(BigInteger.ONE) : LONG_MIN;
        if (value.compareTo(max) > 0 || value.compareTo(min) < 0) {
            if (!bash) {
                complaints.invalid("invalid number '" + text + "'");
                return 0;
            }
            complaints.warning("warning: " + word + ": Numerical result out of range");
            return value.signum() > 0 ? max.longValue() : unsigned ? -1 : Long.MIN_VALUE;
        }
        return value.longValue();
    }

    /** 'A and "A stand for the character's code: bash takes the (Unicode) character, busybox its first byte. */
    private String charCode(String word) {
        if (word.isEmpty() || (word.charAt(0) != '\'' && word.charAt(0) != '"')) {
            return word;
        }
        if (word.length() == 1) {
            return "0";
        }
        int code = word.codePointAt(1);
        return flavour == Flavour.BASH || code < 0x80 ? Integer.toString(code)
                : Integer.toString(word.substring(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)[0] & 0xFF);
    }

    /** bash's sh_invalidnum: a leading 0 names the base it was read in. */
    private static String invalidNumber(String word) {
        String kind = word.matches("0\\d.*") ? "invalid octal number" : word.startsWith("0x") ? "invalid hex number"
                : "invalid number";
        return word + ": " + kind;
    }

    private static double parseHex(String number) {
        boolean negative = number.startsWith("-");
        String digits = number.replaceFirst("^[+-]?0[xX]", "");
        double value = new BigInteger(digits, 16).doubleValue();
        return negative ? -value : value;
    }
}
