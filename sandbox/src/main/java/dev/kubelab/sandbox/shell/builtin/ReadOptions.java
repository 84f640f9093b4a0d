package dev.kubelab.sandbox.shell.builtin;

import java.util.ArrayList;
import java.util.List;

/** read's options as bash's internal_getopt takes them: clustered (-rp 'x: '), a value attached or next. */
final class ReadOptions {
    boolean raw;
    String prompt;
    String array;
    char delimiter = '\n';
    /** -n / -N: at most this many characters; -1 for a whole line. */
    int count = -1;
    final List<String> names = new ArrayList<>();
    String error;

    static ReadOptions parse(List<String> args) {
        ReadOptions o = new ReadOptions();
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if ("ers".indexOf(c) >= 0) {
                    o.raw |= c == 'r'; // -e (readline) and -s (no echo) change nothing without a keyboard
                    continue;
                }
                if ("adinNptu".indexOf(c) < 0) {
                    o.error = "-" + c + ": invalid option";
                    return o;
                }
                String value = j + 1 < arg.length() ? arg.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null) {
                    o.error = "-" + c + ": option requires an argument";
                    return o;
                }
                if (!o.take(c, value)) {
                    return o;
                }
                break;
            }
        }
        o.names.addAll(args.subList(Math.min(i, args.size()), args.size()));
        return o;
    }

    /** One option with its value; false (and the error) when the value is refused. */
    private boolean take(char option, String value) {
        switch (option) {
            case 'p':
                prompt = value;
                return true;
            case 'a':
                array = value;
                return true;
            case 'd':
                delimiter = value.isEmpty() ? '\0' : value.charAt(0);
                return true;
            case 'n':
            case 'N':
                if (!value.matches("[0-9]+")) {
                    error = value + ": invalid number";
                    return false;
                }
                count = Integer.parseInt(value);
                return true;
            default:
                return true; // -i text, -t timeout, -u fd: no keyboard to wait for, fd 0 is all there is
        }
    }
}
