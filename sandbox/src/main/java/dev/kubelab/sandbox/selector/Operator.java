package dev.kubelab.sandbox.selector;

/** The operators of apimachinery's selection package, with the text Requirement.String() writes. */
public enum Operator {
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    IN(" in "),
    NOT_IN(" notin "),
    EXISTS(""),
    DOES_NOT_EXIST(""),
    GREATER_THAN(">"),
    LESS_THAN("<");

    private final String infix;

    Operator(String infix) {
        this.infix = infix;
    }

    /** What sits between key and value(s) in the canonical string. */
    String infix() {
        return infix;
    }

    /** metav1.LabelSelectorOperator names as in matchExpressions: In, NotIn, Exists, DoesNotExist. */
    public static Operator ofMatchExpression(String name) {
        switch (name) {
            case "In":
                return IN;
            case "NotIn":
                return NOT_IN;
            case "Exists":
                return EXISTS;
            case "DoesNotExist":
                return DOES_NOT_EXIST;
            default:
                throw new SelectorException("\"" + name + "\" is not a valid label selector operator");
        }
    }
}
