package dev.kubelab.sandbox.api;

/** A port given by number or by name (targetPort: 8080 or targetPort: http). */
public record IntOrString(int intValue, String strValue) {
    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    public static IntOrString of(String name) {
        return new IntOrString(0, name);
    }

    public boolean isInt() {
        return strValue == null;
    }

    @Override
    public String toString() {
        return isInt() ? Integer.toString(intValue) : strValue;
    }
}
