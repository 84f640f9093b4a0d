package dev.kubelab.sandbox.shell.printf;

import java.math.BigInteger;

/**
 * C's strtoll with base 0 on a word: optional blanks and sign, then 0x… hex, 0… octal or decimal digits. The value
 * of the longest such beginning, and whether it used the whole word. busybox accepts no blanks and no empty word.
 */
record StrToL(BigInteger value, boolean complete) {
    static StrToL parse(String word, boolean leadingBlanks) {
        int p = 0;
        if (leadingBlanks) {
            while (p < word.length() && " \t\n\r\f\013".indexOf(word.charAt(p)) >= 0) {
                p++;
            }
        }
        if (word.isEmpty()) {
            return new StrToL(BigInteger.ZERO, leadingBlanks); // strtoimax("") is 0, bb_strtoll("") an error
        }
        boolean negative = false;
        if (p < word.length() && (word.charAt(p) == '+' || word.charAt(p) == '-')) {
            negative = word.charAt(p++) == '-';
        }
        int radix = 10;
        if (p + 2 < word.length() && word.charAt(p) == '0' && (word.charAt(p + 1) | 0x20) == 'x'
                && Character.digit(word.charAt(p + 2), 16) >= 0) {
            radix = 16;
            p += 2;
        } else if (p < word.length() && word.charAt(p) == '0') {
            radix = 8;
        }
        int start = p;
        while (p < word.length() && Character.digit(word.charAt(p), radix) >= 0 && word.charAt(p) < 0x80) {
            p++;
        }
        if (p == start) {
            return new StrToL(BigInteger.ZERO, false);
        }
        BigInteger magnitude = new BigInteger(word.substring(start, p), radix);
        return new StrToL(negative ? magnitude.negate() : magnitude, p == word.length());
    }
}
