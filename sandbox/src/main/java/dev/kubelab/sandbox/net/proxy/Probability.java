package dev.kubelab.sandbox.net.proxy;

import java.util.Locale;

/**
 * The probability of a `statistic --mode random` match. kube-proxy writes 1/(n-i) as "%0.10f"; iptables
 * stores lround(2^31·p) and prints stored/2^31 as "%.11f" — so 1/3 reads back as 0.33333333349.
 */
public record Probability(long stored) {
    private static final double SCALE = 0x80000000L;

    /** The rule for endpoint i of n (0-based): 1/(n-i), as kube-proxy formats and iptables stores it. */
    public static Probability ofRemaining(int remaining) {
        String written = String.format(Locale.ROOT, "%.10f", 1.0 / remaining);
        return new Probability(Math.round(Double.parseDouble(written) * SCALE));
    }

    /** As iptables prints it in both the saved and the listed form. */
    public String text() {
        return String.format(Locale.ROOT, "%.11f", stored / SCALE);
    }

    /** The kernel's test: a random 31-bit number below the stored value. */
    public boolean hits(long random31) {
        return random31 < stored;
    }
}
