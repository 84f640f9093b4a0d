package dev.kubelab.sandbox.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** cobra's SuggestionsFor: commands within Levenshtein distance 2 (ignoring case) or starting with the typo. */
final class Suggestions {
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    static List<String> forTypo(String typed, List<String> commands) {
        List<String> out = new ArrayList<>();
        String t = typed.toLowerCase(Locale.ROOT);
        for (String c : commands) {
            if (distance(t, c.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE || c.toLowerCase(Locale.ROOT).startsWith(t)) {
                out.add(c);
            }
        }
        return out;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
