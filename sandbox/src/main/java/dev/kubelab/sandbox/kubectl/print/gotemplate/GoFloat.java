package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** strconv.FormatFloat for fmt's verbs: %v/%g (shortest, exponent from 1e+06 or below 1e-04), %e and %f. */
final class GoFloat {
    private GoFloat() {
    }

    /** %v and %g without a precision. */
    static String g(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return special(d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        return exponent < -4 || exponent >= 6 ? e(shortest, exponent, d < 0) : shortest.toPlainString();
    }

    /** %e with the given digits after the point (-1: as many as needed). */
    static String e(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return special(d);
        }
        BigDecimal value = d == 0 ? BigDecimal.ZERO : new BigDecimal(d);
        BigDecimal rounded = precision < 0 ? new BigDecimal(Double.toString(d)).stripTrailingZeros()
                : value.round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exponent = d == 0 ? 0 : rounded.precision() - rounded.scale() - 1;
        String digits = d == 0 ? "0" : rounded.unscaledValue().abs().toString();
        StringBuilder mantissa = new StringBuilder(digits.substring(0, 1));
        String rest = digits.substring(1);
        if (precision > 0) {
            rest = (rest + "0".repeat(precision)).substring(0, precision);
        }
        if (!rest.isEmpty() && precision != 0) {
            mantissa.append('.').append(rest);
        }
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    /** %f with the given digits after the point (6 by default). */
    static String f(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return special(d);
        }
        return new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String e(BigDecimal shortest, int exponent, boolean negative) {
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return (negative ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    private static String special(double d) {
        return Double.isNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf";
    }
}
