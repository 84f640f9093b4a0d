package dev.kubelab.sandbox.registry.field;

/** apimachinery field.ErrorType: the words that open an error body. */
public enum ErrorType {
    NOT_FOUND("Not found", "FieldValueNotFound"),
    REQUIRED("Required value", "FieldValueRequired"),
    DUPLICATE("Duplicate value", "FieldValueDuplicate"),
    INVALID("Invalid value", "FieldValueInvalid"),
    NOT_SUPPORTED("Unsupported value", "FieldValueNotSupported"),
    FORBIDDEN("Forbidden", "FieldValueForbidden"),
    TOO_LONG("Too long", "FieldValueTooLong"),
    INTERNAL("Internal error", "InternalError");

    private final String text;
    private final String causeType;

    ErrorType(String text, String causeType) {
        this.text = text;
        this.causeType = causeType;
    }

    public String text() {
        return text;
    }

    /** The StatusCause.type the API server reports (e.g. FieldValueInvalid). */
    public String causeType() {
        return causeType;
    }

    /** Required, Forbidden, TooLong and Internal never print the bad value. */
    boolean showsValue() {
        return this != REQUIRED && this != FORBIDDEN && this != TOO_LONG && this != INTERNAL;
    }
}
