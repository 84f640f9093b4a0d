package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

/** Integer flags as pflag parses them (strconv.ParseInt), with pflag's message for a bad value. */
public final class IntFlags {
    private IntFlags() {
    }

    /**
     * The flag's value or {@code fallback}; a non-number throws UsageException with pflag's text and the
     * "See 'kubectl COMMAND --help' for usage." line. {@code display} is e.g. "-r, --replicas" or "--port".
     */
    public static int value(ParsedArgs args, String flag, String display, int fallback, String command) {
        if (!args.has(flag)) {
            return fallback;
        }
        String raw = args.value(flag, "");
        String problem = null;
        if (!raw.matches("[+-]?[0-9]+")) {
            problem = "invalid syntax";
        } else {
            try {
                return Integer.parseInt(raw.startsWith("+") ? raw.substring(1) : raw);
            } catch (NumberFormatException e) {
                problem = "value out of range";
            }
        }
        throw new UsageException("invalid argument \"" + raw + "\" for \"" + display + "\" flag: strconv.ParseInt:"
                + " parsing \"" + raw + "\": " + problem + "\nSee 'kubectl " + command + " --help' for usage.");
    }
}
