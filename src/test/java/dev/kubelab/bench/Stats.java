package dev.kubelab.bench;

import java.util.Arrays;

/** Median and p99 of a set of timings, for benchmark reports. */
public final class Stats {
    private Stats() {
    }

    public static String summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%-40s n=%d  median=%.3f ms  p99=%.3f ms  max=%.3f ms", what, sorted.length,
                ms(sorted[sorted.length / 2]), ms(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]),
                ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
