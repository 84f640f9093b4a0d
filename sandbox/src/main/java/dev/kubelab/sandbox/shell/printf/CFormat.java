package dev.kubelab.sandbox.shell.printf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * C printf's conversions for one value, given flags ("-+ #0"), width and precision (-1: none): integers in
 * d/i/o/u/x/X, floating point in e/E/f/F/g/G (rounded half-even on the exact binary value, as glibc does) and text
 * padded to the width (counted in bytes, as C counts).
 */
final class CFormat {
    private CFormat() {
    }

    static String integer(long value, char conversion, String flags, int width, int precision) {
        boolean signed = conversion == 'd' || conversion == 'i';
        String digits = switch (conversion) {
            case 'o' -> Long.toOctalString(value);
            case 'x' -> Long.toHexString(value);
            case 'X' -> Long.toHexString(value).toUpperCase();
            case 'u' -> Long.toUnsignedString(value);
            default -> value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
        };
        if (precision == 0 && value == 0) {
            digits = "";
        }
        digits = "0".repeat(Math.max(0, precision - digits.length())) + digits;
        String prefix = signed ? sign(value < 0, flags) : "";
        if (flags.indexOf('#') >= 0) {
            if (conversion == 'o' && !digits.startsWith("0")) {
                digits = "0" + digits;
            } else if ((conversion == 'x' || conversion == 'X') && value != 0) {
                prefix = conversion == 'x' ? "0x" : "0X";
            }
        }
        return pad(prefix, digits, flags, width, precision < 0);
    }

    static String floating(double value, char conversion, String flags, int width, int precision) {
        boolean upper = Character.isUpperCase(conversion);
        String prefix = sign(value < 0 || (value == 0 && 1 / value < 0), flags);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String word = Double.isNaN(value) ? "nan" : "inf";
            return pad(prefix, upper ? word.toUpperCase() : word, flags.replace("0", ""), width, false);
        }
        BigDecimal exact = new BigDecimal(Math.abs(value));
        boolean alternate = flags.indexOf('#') >= 0;
        int p = precision < 0 ? 6 : precision;
        String body = switch (Character.toLowerCase(conversion)) {
            case 'e' -> exponential(exact, p, alternate);
            case 'g' -> general(exact, p == 0 ? 1 : p, alternate);
            default -> fixed(exact, p, alternate);
        };
        return pad(prefix, upper ? body.toUpperCase() : body, flags, width, true);
    }

    /** Text (%s %c %b %q) cut to the precision and padded with spaces to the width. */
    static String text(String value, String flags, int width, int precision) {
        String cut = precision >= 0 && precision < value.length() ? value.substring(0, precision) : value;
        return pad("", cut, flags.replace("0", ""), width, false);
    }

    private static String fixed(BigDecimal exact, int precision, boolean alternate) {
        int scale = Math.min(precision, 1100); // a double has at most 1074 decimals: the rest are zeros
        String plain = exact.setScale(scale, RoundingMode.HALF_EVEN).toPlainString() + "0".repeat(precision - scale);
        return alternate && precision == 0 ? plain + "." : plain;
    }

    private static String exponential(BigDecimal exact, int precision, boolean alternate) {
        String digits;
        int exponent;
        if (exact.signum() == 0) {
            digits = "0".repeat(precision + 1);
            exponent = 0;
        } else {
            BigDecimal rounded = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exponent = unscaled.length() - rounded.scale() - 1;
            digits = (unscaled + "0".repeat(precision + 1)).substring(0, precision + 1);
        }
        String mantissa = digits.charAt(0) + (precision > 0 || alternate ? "." : "") + digits.substring(1);
        String exp = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }

    /** %g: %e when the exponent is below -4 or not below the precision, else %f; trailing zeros go without #. */
    private static String general(BigDecimal exact, int precision, boolean alternate) {
        int exponent = 0;
        if (exact.signum() != 0) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        String body = exponent < -4 || exponent >= precision ? exponential(exact, precision - 1, alternate)
                : fixed(exact, precision - 1 - exponent, alternate);
        if (alternate) {
            return body;
        }
        int e = body.indexOf('e');
        String mantissa = e < 0 ? body : body.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + body.substring(e);
    }

    private static String sign(boolean negative, String flags) {
        return negative ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
    }

    /** Spaces (or zeros after the sign with the 0 flag) up to the width; - puts the spaces on the right. */
    private static String pad(String prefix, String body, String flags, int width, boolean zeroAllowed) {
        int length = (prefix + body).getBytes(StandardCharsets.UTF_8).length;
        int missing = Math.max(0, width - length);
        if (flags.indexOf('-') >= 0) {
            return prefix + body + " ".repeat(missing);
        }
        if (zeroAllowed && flags.indexOf('0') >= 0) {
            return prefix + "0".repeat(missing) + body;
        }
        return " ".repeat(missing) + prefix + body;
    }
}
