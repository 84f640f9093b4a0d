package dev.kubelab.sandbox.kubectl.parse;

import dev.kubelab.sandbox.io.TextSink;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's time.ParseDuration, as pflag reads a duration flag (--timeout=30s, 1m30s, 500ms, 0). */
public final class GoDuration {
    private static final Pattern PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    /** The duration; IllegalArgumentException with Go's message ("time: invalid duration \"x\""). */
    public static Duration parse(String text) {
        String s = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(s);
        double nanos = 0;
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            nanos += Double.parseDouble(m.group(1)) * unit(m.group(2));
            at = m.end();
        }
        if (s.isEmpty() || at != s.length()) {
            Matcher bad = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([^\\d.]*)").matcher(s);
            String quoted = "\"" + text + "\"";
            if (!bad.find(at) || bad.start() != at) {
                throw new IllegalArgumentException("time: invalid duration " + quoted);
            }
            throw new IllegalArgumentException(bad.group(2).isEmpty() ? "time: missing unit in duration " + quoted
                    : "time: unknown unit \"" + bad.group(2) + "\" in duration " + quoted);
        }
        Duration d = Duration.ofNanos((long) Math.min(nanos, Long.MAX_VALUE));
        return text.startsWith("-") ? d.negated() : d;
    }

    /**
     * A duration flag of `kubectl COMMAND` (fallback when absent); null when its value is not a duration, after
     * kubectl's two lines about it (pflag's message, then where to read more) went to err.
     */
    public static Duration flag(ParsedArgs args, String flag, String fallback, String command, TextSink err) {
        String value = args.value(flag, fallback);
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            err.println("error: invalid argument \"" + value + "\" for \"--" + flag + "\" flag: " + e.getMessage()
                    + "\nSee 'kubectl " + command + " --help' for usage.");
            return null;
        }
    }

    private static double unit(String unit) {
        switch (unit) {
            case "ns":
                return 1;
            case "us": case "µs":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            case "m":
                return 60e9;
            default:
                return 3600e9;
        }
    }
}
