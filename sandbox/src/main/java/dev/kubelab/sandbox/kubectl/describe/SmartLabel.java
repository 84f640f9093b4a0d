package dev.kubelab.sandbox.kubectl.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * kubectl describe's smartLabelFor: a camelCase field name as a spaced, capitalised label. Split as the
 * fatih/camelcase package splits (runs of lower case, upper case, digits, other; an upper-case run followed by
 * lower case gives its last letter to the next word: "IPs" → "I", "Ps"), then API/URL/UID/OSB/GUID upper-cased.
 * Names with anything but letters and '-' are shown as they are.
 */
final class SmartLabel {
    private static final Set<String> ACRONYMS = Set.of("API", "URL", "UID", "OSB", "GUID");

    private SmartLabel() {
    }

    static String of(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return field;
            }
        }
        List<String> words = new ArrayList<>();
        for (String part : split(field)) {
            if (part.equals("_")) {
                continue;
            }
            words.add(ACRONYMS.contains(part.toUpperCase()) ? part.toUpperCase()
                    : part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return String.join(" ", words);
    }

    /** camelcase.Split. */
    static List<String> split(String s) {
        List<StringBuilder> runs = new ArrayList<>();
        int lastClass = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cls = Character.isLowerCase(c) ? 1 : Character.isUpperCase(c) ? 2 : Character.isDigit(c) ? 3 : 4;
            if (cls != lastClass) {
                runs.add(new StringBuilder());
            }
            runs.get(runs.size() - 1).append(c);
            lastClass = cls;
        }
        for (int i = 0; i + 1 < runs.size(); i++) {
            StringBuilder run = runs.get(i);
            StringBuilder next = runs.get(i + 1);
            if (isUpper(run) && isLower(next)) {
                next.insert(0, run.charAt(run.length() - 1));
                run.setLength(run.length() - 1);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder run : runs) {
            if (run.length() > 0) {
                out.add(run.toString());
            }
        }
        return out;
    }

    private static boolean isUpper(CharSequence s) {
        return s.length() > 0 && Character.isUpperCase(s.charAt(0));
    }

    private static boolean isLower(CharSequence s) {
        return s.length() > 0 && Character.isLowerCase(s.charAt(0));
    }
}
