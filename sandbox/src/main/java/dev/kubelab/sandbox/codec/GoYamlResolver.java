package dev.kubelab.sandbox.codec;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * go-yaml v2's resolve(): would this string, written plain, read back as something other than a string
 * (null, bool, int, float, timestamp, base-60 float)? If so sigs.k8s.io/yaml double-quotes it.
 */
final class GoYamlResolver {
    private static final Set<String> NON_STRINGS = Set.of("", "~", "null", "Null", "NULL",
            "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE",
            "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE",
            ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
            "<<");
    private static final Pattern INT = Pattern.compile(
            "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BASE60_FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                    + "([Tt ]+[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]*)?([ ]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");

    private GoYamlResolver() {
    }

    static boolean readsBackAsString(String s) {
        if (NON_STRINGS.contains(s)) {
            return false;
        }
        char c = s.charAt(0);
        boolean numberish = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
        if (numberish && (INT.matcher(s).matches() || FLOAT.matcher(s).matches() || TIMESTAMP.matcher(s).matches()
                || BASE60_FLOAT.matcher(s).matches())) {
            return false;
        }
        return true;
    }
}
