package dev.kubelab.sandbox.shell.net.ping;

import java.util.List;

/**
 * The ping options a learner uses, as getopt reads them (-c3, -c 3, -qc 3): -c count, -W seconds to wait for
 * a reply after the last request, -w deadline, -q quiet; -n, -4 and -v are accepted and change nothing here.
 * error is getopt's complaint, invalidNumber a value that is no number, badLinger a -W iputils refuses
 * (not a number of seconds ≥ 0.001), help -h/-?; host the one operand.
 */
final class PingOptions {
    int count;
    /** -W in ms (iputils takes fractions of a second). */
    long lingerMillis = 10_000;
    int deadline;
    boolean quiet;
    String host;
    String error;
    String invalidNumber;
    String badLinger;
    boolean help;
    /** -c 0: iputils wants at least one request (busybox takes 0 as "no limit"). */
    boolean zeroCount;

    static PingOptions parse(List<String> args, String flags, String withValue) {
        PingOptions o = new PingOptions();
        for (int i = 0; i < args.size() && o.error == null && o.invalidNumber == null; i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.length() == 1) {
                o.host = o.host == null ? a : o.host;
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (withValue.indexOf(c) >= 0) {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : null;
                    if (value == null) {
                        o.error = "option requires an argument -- '" + c + "'";
                    } else {
                        o.set(c, value);
                    }
                    break;
                }
                if (flags.indexOf(c) < 0) {
                    o.error = "invalid option -- '" + c + "'";
                    break;
                }
                o.quiet |= c == 'q';
                o.help |= c == 'h' || c == '?';
            }
        }
        return o;
    }

    private void set(char option, String value) {
        if (option == 'W') {
            if (value.matches("\\d{1,6}(\\.\\d+)?|\\.\\d+") && Double.parseDouble(value) >= 0.001) {
                lingerMillis = (long) (Double.parseDouble(value) * 1000);
            } else {
                badLinger = value;
                invalidNumber = value.matches("\\d+") ? null : value; // what busybox's xatou refuses
            }
            return;
        }
        if (!value.matches("\\d{1,9}")) {
            invalidNumber = value;
            return;
        }
        int n = Integer.parseInt(value);
        zeroCount |= option == 'c' && n == 0;
        if (option == 'c') {
            count = n;
        } else if (option == 'w') {
            deadline = n;
        }
    }
}
