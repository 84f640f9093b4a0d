package dev.kubelab.sandbox.kubectl.parse;

import java.util.List;
import java.util.Map;

/** The result of parsing: positional arguments in order and the last value given for each flag. */
public record ParsedArgs(List<String> positionals, Map<String, String> values) {
    public ParsedArgs {
        positionals = List.copyOf(positionals);
        values = Map.copyOf(values);
    }

    public boolean has(String flag) {
        return values.containsKey(flag);
    }

    public boolean bool(String flag) {
        return "true".equals(values.get(flag));
    }

    /** How many positionals came before "--" (cobra's ArgsLenAtDash), -1 when there was no "--". */
    public int argsLenAtDash() {
        return Integer.parseInt(values.getOrDefault(DASH, "-1"));
    }

    /** The key under which the parser records where "--" stood (no flag has this name). */
    public static final String DASH = "--";

    public String value(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }
}
