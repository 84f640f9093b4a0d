package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;

/**
 * funcs.go eq/ne/lt/le/gt/ge: values of one basic kind compare (bool, int, float64, string); a JSON number
 * (float64) against an integer literal (int) is "incompatible types for comparison", as in Go.
 */
final class Compare {
    private enum Kind { BOOL, INT, FLOAT, STRING, INVALID }

    private Compare() {
    }

    static boolean eq(Object arg1, List<Object> others) {
        if (others.isEmpty()) {
            throw new Functions.FunctionError("missing argument for comparison");
        }
        Kind k1 = kind(arg1);
        for (Object arg : others) {
            Kind k2 = kind(arg);
            boolean truth;
            if (k1 != k2) {
                if (valid(arg1) && valid(arg)) {
                    throw new Functions.FunctionError("incompatible types for comparison");
                }
                truth = false;
            } else if (k1 == Kind.INVALID) {
                if (valid(arg1) && valid(arg)) {
                    throw new Functions.FunctionError("non-comparable types");
                }
                truth = valid(arg1) == valid(arg);
            } else if (k1 == Kind.FLOAT || k1 == Kind.INT) {
                truth = ((Number) arg1).doubleValue() == ((Number) arg).doubleValue();
            } else {
                truth = arg1.equals(arg);
            }
            if (truth) {
                return true;
            }
        }
        return false;
    }

    static boolean order(String name, Object a, Object b) {
        boolean lt = lt(a, b);
        switch (name) {
            case "lt":
                return lt;
            case "ge":
                return !lt;
            case "le":
                return lt || eq(a, List.of(b));
            default:
                return !(lt || eq(a, List.of(b)));
        }
    }

    private static boolean lt(Object a, Object b) {
        Kind k1 = kind(a);
        Kind k2 = kind(b);
        if (k1 == Kind.INVALID || k2 == Kind.INVALID) {
            throw new Functions.FunctionError("invalid type for comparison");
        }
        if (k1 != k2) {
            throw new Functions.FunctionError("incompatible types for comparison");
        }
        switch (k1) {
            case BOOL:
                throw new Functions.FunctionError("invalid type for comparison");
            case STRING:
                return ((String) a).compareTo((String) b) < 0;
            default:
                return ((Number) a).doubleValue() < ((Number) b).doubleValue();
        }
    }

    private static boolean valid(Object v) {
        return v != Values.MISSING && v != null;
    }

    private static Kind kind(Object v) {
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Long) {
            return Kind.INT;
        }
        if (v instanceof Double) {
            return Kind.FLOAT;
        }
        return v instanceof String ? Kind.STRING : Kind.INVALID;
    }
}
