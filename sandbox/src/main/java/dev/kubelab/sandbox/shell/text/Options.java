package dev.kubelab.sandbox.shell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal getopt for the coreutils: clustered short flags (-iv), flags with a value (-n 5, -n5), the GNU
 * long names of those ({@link LongOptions}: --lines=5, --ignore-case), "--" ends options. Unknown flags produce glibc getopt's "invalid option" /
 * "unrecognized option" texts (GNU tools and BusyBox's glibc build say the same).
 */
public final class Options {
    public final StringBuilder flags = new StringBuilder();
    public final java.util.Map<Character, String> values = new java.util.HashMap<>();
    /** Every value of a flag given more than once (grep -e a -e b), in order; values keeps the last. */
    public final java.util.Map<Character, List<String>> allValues = new java.util.HashMap<>();
    public final List<String> operands = new ArrayList<>();
    public String error;

    public static Options parse(String program, List<String> args, String known, String withValue) {
        Options o = new Options();
        boolean done = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (done || !a.startsWith("-") || a.equals("-")) {
                o.operands.add(a);
                continue;
            }
            if (a.equals("--")) {
                done = true;
                continue;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = a.substring(2, eq < 0 ? a.length() : eq);
                Character c = name.isEmpty() ? null : LongOptions.shortFor(program, name);
                if (c != null && c == LongOptions.IGNORED) {
                    continue;
                }
                if (c == null || known.indexOf(c) < 0 && withValue.indexOf(c) < 0) {
                    o.error = program + ": unrecognized option '" + a + "'";
                    return o;
                }
                if (withValue.indexOf(c) < 0) {
                    if (eq >= 0) {
                        o.error = program + ": option '--" + name + "' doesn't allow an argument";
                        return o;
                    }
                    o.flags.append(c);
                    continue;
                }
                String value = eq >= 0 ? a.substring(eq + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                if (value == null) {
                    o.error = program + ": option '--" + name + "' requires an argument";
                    return o;
                }
                o.values.put(c, value);
                o.allValues.computeIfAbsent(c, k -> new ArrayList<>()).add(value);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (withValue.indexOf(c) >= 0) {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                    if (value == null) {
                        o.error = program + ": option requires an argument -- '" + c + "'";
                        return o;
                    }
                    o.values.put(c, value);
                    o.allValues.computeIfAbsent(c, k -> new ArrayList<>()).add(value);
                    break;
                }
                if (known.indexOf(c) < 0) {
                    o.error = program + ": invalid option -- '" + c + "'";
                    return o;
                }
                o.flags.append(c);
            }
        }
        return o;
    }

    public boolean has(char flag) {
        return flags.indexOf(String.valueOf(flag)) >= 0;
    }
}
