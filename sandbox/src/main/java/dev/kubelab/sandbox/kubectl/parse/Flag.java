package dev.kubelab.sandbox.kubectl.parse;

/** One command-line flag: long name, optional one-letter shorthand (0 = none), boolean or valued. */
public record Flag(String name, char shorthand, boolean takesValue) {
    public static Flag bool(String name, char shorthand) {
        return new Flag(name, shorthand, false);
    }

    public static Flag value(String name, char shorthand) {
        return new Flag(name, shorthand, true);
    }

    /** How pflag names it in messages: "-A, --all-namespaces" or "--show-labels". */
    String display() {
        return shorthand == 0 ? "--" + name : "-" + shorthand + ", --" + name;
    }
}
