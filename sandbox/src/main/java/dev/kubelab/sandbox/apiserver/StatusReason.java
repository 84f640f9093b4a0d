package dev.kubelab.sandbox.apiserver;

/** metav1.StatusReason values the simulated API server returns, with their HTTP codes. */
public enum StatusReason {
    NOT_FOUND("NotFound", 404),
    ALREADY_EXISTS("AlreadyExists", 409),
    CONFLICT("Conflict", 409),
    INVALID("Invalid", 422),
    BAD_REQUEST("BadRequest", 400),
    FORBIDDEN("Forbidden", 403),
    INTERNAL_ERROR("InternalError", 500);

    private final String text;
    private final int code;

    StatusReason(String text, int code) {
        this.text = text;
        this.code = code;
    }

    /** What kubectl prints in parentheses: "NotFound". */
    public String text() {
        return text;
    }

    public int code() {
        return code;
    }
}
