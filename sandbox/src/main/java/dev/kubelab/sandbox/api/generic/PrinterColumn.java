package dev.kubelab.sandbox.api.generic;

/**
 * One table column of a generic kind. {@code source} is a simple JSONPath into the object (".spec.autoAssign")
 * or one of the special sources: AGE, CREATED_AT, COUNT:&lt;path&gt; (array length), ROLE_REF.
 * priority &gt; 0 means -o wide only.
 */
public record PrinterColumn(String header, String source, int priority) {
    public static final String AGE = "AGE";
    public static final String CREATED_AT = "CREATED_AT";
    public static final String ROLE_REF = "ROLE_REF";
    public static final String COUNT = "COUNT:";

    public static PrinterColumn of(String header, String source) {
        return new PrinterColumn(header, source, 0);
    }

    public static PrinterColumn wide(String header, String source) {
        return new PrinterColumn(header, source, 10);
    }
}
