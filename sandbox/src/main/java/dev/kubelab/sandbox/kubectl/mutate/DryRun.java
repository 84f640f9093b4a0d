package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

/** --dry-run=none|client|server (cmdutil.GetDryRunStrategy), with the suffix the name printer adds. */
public enum DryRun {
    NONE(""), CLIENT(" (dry run)"), SERVER(" (server dry run)");

    public static final String FLAG = "dry-run";
    private final String suffix;

    DryRun(String suffix) {
        this.suffix = suffix;
    }

    /** What follows "created"/"deleted"/"exposed" in the printed line. */
    public String suffix() {
        return suffix;
    }

    /** The strategy the flag asks for; a bad value throws with kubectl's message (after "error: "). */
    public static DryRun of(ParsedArgs args) {
        String value = args.value(FLAG, "none");
        switch (value) {
            case "none":
            case "false":
                return NONE;
            case "client":
            case "true":
                return CLIENT;
            case "server":
                return SERVER;
            case "":
            case "unchanged":
                throw new UsageException("--dry-run flag without a value was specified. A value must be set:"
                        + " \"none\", \"server\", or \"client\".");
            default:
                throw new UsageException("Invalid dry-run value (" + value
                        + "). Must be \"none\", \"server\", or \"client\".");
        }
    }
}
