package dev.kubelab.sandbox.registry.field;

import dev.kubelab.sandbox.text.GoQuote;

import java.util.List;
import java.util.StringJoiner;

/**
 * apimachinery field.Error: a path, a type, the bad value already rendered as Go prints it (null when the
 * type never shows one) and a detail. {@link #toString()} is {@code <field>: <body>} as Error() gives it.
 */
public record FieldError(ErrorType type, String field, String value, String detail) {

    public static FieldError required(String field, String detail) {
        return new FieldError(ErrorType.REQUIRED, field, null, detail);
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(ErrorType.FORBIDDEN, field, null, detail);
    }

    public static FieldError invalid(String field, String renderedValue, String detail) {
        return new FieldError(ErrorType.INVALID, field, renderedValue, detail);
    }

    public static FieldError invalid(String field, long value, String detail) {
        return invalid(field, GoValue.number(value), detail);
    }

    public static FieldError invalidString(String field, String value, String detail) {
        return invalid(field, GoValue.string(value), detail);
    }

    public static FieldError duplicate(String field, String renderedValue) {
        return new FieldError(ErrorType.DUPLICATE, field, renderedValue, "");
    }

    public static FieldError internal(String field, String detail) {
        return new FieldError(ErrorType.INTERNAL, field, null, detail);
    }

    /** field.NotSupported: {@code supported values: "A", "B"} in the order given (callers sort as Go's sets.List). */
    public static FieldError notSupported(String field, String value, List<String> supported) {
        StringJoiner j = new StringJoiner(", ", "supported values: ", "");
        for (String s : supported) {
            j.add(GoQuote.quote(s));
        }
        return new FieldError(ErrorType.NOT_SUPPORTED, field, GoValue.string(value),
                supported.isEmpty() ? "" : j.toString());
    }

    /** ErrorBody(): {@code Invalid value: 80: provided port is …}. */
    public String body() {
        String s = type.showsValue() ? type.text() + ": " + (value == null ? "null" : value) : type.text();
        return detail == null || detail.isEmpty() ? s : s + ": " + detail;
    }

    @Override
    public String toString() {
        return field + ": " + body();
    }
}
