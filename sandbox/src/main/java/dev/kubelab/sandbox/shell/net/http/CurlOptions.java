package dev.kubelab.sandbox.shell.net.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * curl's command line, the options learners use: -s -S -v -I -i -k -L -f -o -w -m -H -X -d -A and
 * --connect-timeout. Short flags can be bundled (-sS, -sSL, -vk); values may be attached (-m5, -oout.html).
 */
final class CurlOptions {
    private static final Map<String, Character> LONG = Map.ofEntries(Map.entry("silent", 's'),
            Map.entry("show-error", 'S'), Map.entry("verbose", 'v'), Map.entry("head", 'I'),
            Map.entry("include", 'i'), Map.entry("insecure", 'k'), Map.entry("location", 'L'),
            Map.entry("fail", 'f'), Map.entry("output", 'o'), Map.entry("write-out", 'w'),
            Map.entry("max-time", 'm'), Map.entry("header", 'H'), Map.entry("request", 'X'),
            Map.entry("data", 'd'), Map.entry("user-agent", 'A'), Map.entry("version", 'V'),
            Map.entry("connect-timeout", 'T'), Map.entry("http1.1", '1'), Map.entry("no-progress-meter", 'P'));
    /** Options that take a value; T, 1 and P stand for long-only options (--connect-timeout, --http1.1…). */
    private static final String WITH_VALUE = "owmHXdAT";
    /** What may follow a single dash: bundled flags, then at most one option with a value. */
    private static final String SHORT_WITH_VALUE = "owmHXdA";
    private static final String SHORT_FLAGS = "sSvIikLfV";

    boolean silent;
    boolean showError;
    boolean verbose;
    boolean head;
    boolean include;
    boolean insecure;
    boolean fail;
    boolean version;
    boolean noProgress;
    String output;
    String writeOut;
    String method;
    String data;
    String userAgent;
    double maxTime;
    double connectTimeout;
    final List<String> headers = new ArrayList<>();
    final List<String> urls = new ArrayList<>();
    /** Set when the command line is wrong: curl's message (without the "curl: " prefix). */
    String usageError;

    static CurlOptions parse(List<String> args) {
        CurlOptions o = new CurlOptions();
        for (int i = 0; i < args.size() && o.usageError == null; i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                Character c = LONG.get(name);
                if (c == null) {
                    o.usageError = "option " + a + ": is unknown";
                } else if (WITH_VALUE.indexOf(c) >= 0) {
                    i = o.value(c, a, args, i + 1);
                } else {
                    o.flag(c);
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (SHORT_WITH_VALUE.indexOf(c) >= 0) {
                        if (k + 1 < a.length()) {
                            o.set(c, a.substring(k + 1), a);
                        } else {
                            i = o.value(c, a, args, i + 1);
                        }
                        break;
                    } else if (SHORT_FLAGS.indexOf(c) >= 0) {
                        o.flag(c);
                    } else {
                        o.usageError = "option -" + a.substring(k) + ": is unknown";
                        break;
                    }
                }
            } else {
                o.urls.add(a);
            }
        }
        return o;
    }

    private int value(char c, String option, List<String> args, int at) {
        if (at >= args.size()) {
            usageError = "option " + option + ": requires parameter";
            return at;
        }
        set(c, args.get(at), option);
        return at;
    }

    private void set(char c, String v, String option) {
        switch (c) {
            case 'o': output = v; break;
            case 'w': writeOut = v; break;
            case 'H': headers.add(v); break;
            case 'X': method = v; break;
            case 'd': data = v; break;
            case 'A': userAgent = v; break;
            default:
                try {
                    double seconds = Double.parseDouble(v);
                    if (c == 'm') {
                        maxTime = seconds;
                    } else {
                        connectTimeout = seconds;
                    }
                } catch (NumberFormatException e) {
                    usageError = "option " + option + ": expected a proper numerical parameter";
                }
        }
    }

    private void flag(char c) {
        switch (c) {
            case 's': silent = true; break;
            case 'S': showError = true; break;
            case 'v': verbose = true; break;
            case 'I': head = true; break;
            case 'i': include = true; break;
            case 'k': insecure = true; break;
            case 'f': fail = true; break;
            case 'V': version = true; break;
            case 'P': noProgress = true; break;
            default: break; // -L and --http1.1 change nothing here: no server redirects, every server is 1.1
        }
    }

    String effectiveMethod() {
        return method != null ? method : head ? "HEAD" : data != null ? "POST" : "GET";
    }

    /** The timeout that ends a connect that never completes, in ms (0 = the kernel's ~130 s). */
    long connectLimitMillis() {
        double limit = connectTimeout > 0 ? connectTimeout : maxTime;
        return Math.round(limit * 1000);
    }
}
