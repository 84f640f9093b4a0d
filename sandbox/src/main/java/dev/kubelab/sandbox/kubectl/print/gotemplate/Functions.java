package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * text/template's builtins (funcs.go) plus the two kubectl adds (exists, base64decode), called as exec.go
 * evalCall does: argument count checks, and/or short-circuit, "error calling NAME: …" for a failure.
 */
final class Functions {
    private static final Set<String> DEFINED = Set.of("and", "call", "html", "index", "slice", "js", "len", "not",
            "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne", "exists",
            "base64decode");

    private Functions() {
    }

    static boolean defined(String name) {
        return DEFINED.contains(name);
    }

    static Object call(Evaluator e, Object dot, boolean dotWrapped, String name, Node node, List<Node> args,
                       Object fin) {
        Exec s = e.state();
        int count = args.size() + (fin == Values.NO_FINAL ? 0 : 1);
        if (name.equals("and") || name.equals("or")) {
            atLeast(s, name, 1, count);
            Object v = Values.MISSING;
            for (Node a : args) {
                v = Values.unwrap(e.arg(dot, dotWrapped, a));
                if (Values.truth(v) == name.equals("or")) {
                    return v;
                }
            }
            return fin == Values.NO_FINAL ? v : fin;
        }
        List<Object> values = new ArrayList<>();
        String format = null;
        for (int i = 0; i < args.size(); i++) {
            if (i == 0 && (name.equals("printf") || name.equals("base64decode"))) {
                format = e.stringArg(dot, dotWrapped, args.get(0));
                continue;
            }
            values.add(e.arg(dot, dotWrapped, args.get(i)));
        }
        if (fin != Values.NO_FINAL) {
            if (args.isEmpty() && (name.equals("printf") || name.equals("base64decode"))) {
                format = e.string(fin);
            } else {
                values.add(fin);
            }
        }
        s.at(node);
        try {
            return apply(s, name, format, values, count);
        } catch (FunctionError err) {
            s.at(node);
            throw s.error("error calling " + name + ": " + err.getMessage());
        }
    }

    private static Object apply(Exec s, String name, String format, List<Object> v, int count) {
        switch (name) {
            case "not":
                exactly(s, name, 1, count);
                return !Values.truth(v.get(0));
            case "len":
                exactly(s, name, 1, count);
                return length(v.get(0));
            case "index":
                atLeast(s, name, 1, count);
                return Index.index(v.get(0), v.subList(1, v.size()));
            case "print":
                return GoFmt.sprint(nilForMissing(v));
            case "println":
                return GoFmt.sprintln(nilForMissing(v));
            case "printf":
                atLeast(s, name, 1, count);
                return GoFmt.sprintf(format, nilForMissing(v));
            case "exists":
                atLeast(s, name, 1, count);
                return Index.exists(v.get(0), v.subList(1, v.size()));
            case "base64decode":
                exactly(s, name, 1, count);
                try {
                    return new String(Base64.getDecoder().decode(format), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException bad) {
                    throw new FunctionError("base64 decode failed: " + bad.getMessage());
                }
            case "eq":
            case "ne":
                atLeast(s, name, 1, count);
                boolean eq = Compare.eq(v.get(0), v.subList(1, v.size()));
                return name.equals("eq") == eq;
            case "lt":
            case "le":
            case "gt":
            case "ge":
                exactly(s, name, 2, count);
                return Compare.order(name, v.get(0), v.get(1));
            default:
                throw new FunctionError("not available in this lab terminal yet");
        }
    }

    private static List<Object> nilForMissing(List<Object> values) {
        List<Object> out = new ArrayList<>();
        values.forEach(x -> out.add(x == Values.MISSING ? null : x));
        return out;
    }

    private static Object length(Object v) {
        if (v == null) {
            throw new FunctionError("len of nil pointer");
        }
        if (v == Values.MISSING) {
            throw new FunctionError("reflect: call of reflect.Value.Type on zero Value");
        }
        if (v instanceof String) {
            return (long) ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        if (v instanceof Map) {
            return (long) ((Map<?, ?>) v).size();
        }
        if (v instanceof List) {
            return (long) ((List<?>) v).size();
        }
        throw new FunctionError("len of type " + Values.typeName(v));
    }

    private static void exactly(Exec s, String name, int want, int got) {
        if (got != want) {
            throw s.error("wrong number of args for " + name + ": want " + want + " got " + got);
        }
    }

    private static void atLeast(Exec s, String name, int want, int got) {
        if (got < want) {
            throw s.error("wrong number of args for " + name + ": want at least " + want + " got " + got);
        }
    }

    /** A function's own error, reported as "error calling NAME: message". */
    static final class FunctionError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FunctionError(String message) {
            super(message, null, false, false);
        }
    }
}
