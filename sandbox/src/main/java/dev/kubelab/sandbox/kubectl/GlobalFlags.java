package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.parse.Flag;

import java.util.List;

/** kubectl's persistent flags, accepted before or after any verb. */
public final class GlobalFlags {
    public static final String NAMESPACE = "namespace";
    public static final String HELP = "help";

    public static final List<Flag> ALL = List.of(
            Flag.value(NAMESPACE, 'n'), Flag.bool(HELP, 'h'), Flag.value("context", '\0'),
            Flag.value("kubeconfig", '\0'), Flag.value("server", 's'), Flag.value("user", '\0'),
            Flag.value("cluster", '\0'), Flag.value("request-timeout", '\0'), Flag.value("v", 'v'));

    private GlobalFlags() {
    }

    /** True when {@code arg} is a global flag whose value is the next argument ("-n", "--namespace"). */
    static boolean consumesNext(String arg) {
        for (Flag f : ALL) {
            if (f.takesValue() && (arg.equals("--" + f.name()) || (f.shorthand() != 0 && arg.equals("-" + f.shorthand())))) {
                return true;
            }
        }
        return false;
    }
}
