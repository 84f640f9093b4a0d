package dev.kubelab.sandbox.shell.net.nc;

import java.util.ArrayList;
import java.util.List;

/**
 * nc's command line as getopt reads it: -z (only connect), -v (counted: busybox prints refusals only at -vv),
 * -u (UDP), -n, -w seconds; the operands host and port. error is getopt's complaint.
 */
final class NcOptions {
    boolean zero;
    boolean udp;
    int verbose;
    int wait;
    /** A -w that is no number of seconds. */
    String badWait;
    final List<String> operands = new ArrayList<>();
    String error;

    static NcOptions parse(List<String> args, String flags, String withValue) {
        NcOptions o = new NcOptions();
        for (int i = 0; i < args.size() && o.error == null; i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.length() == 1) {
                o.operands.add(a);
                continue;
            }
            for (int j = 1; j < a.length() && o.error == null; j++) {
                char c = a.charAt(j);
                if (withValue.indexOf(c) >= 0) {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : null;
                    if (value == null) {
                        o.error = "option requires an argument -- '" + c + "'";
                    } else if (c == 'w') {
                        o.wait = value.matches("\\d{1,6}") ? Integer.parseInt(value) : 0;
                        o.badWait = value.matches("\\d{1,6}") ? null : value;
                    }
                    break;
                }
                if (flags.indexOf(c) < 0) {
                    o.error = "invalid option -- '" + c + "'";
                }
                o.zero |= c == 'z';
                o.udp |= c == 'u';
                o.verbose += c == 'v' ? 1 : 0;
            }
        }
        return o;
    }

    String host() {
        return operands.isEmpty() ? null : operands.get(0);
    }

    String port() {
        return operands.size() < 2 ? null : operands.get(1);
    }
}
