package dev.kubelab.sandbox;

import java.util.SplittableRandom;

/**
 * The sandbox's one source of randomness (name suffixes, uids, later IPs and iptables picks).
 * Seeded, so the same seed and the same commands always give the same cluster.
 */
public final class Seed {
    /** Kubernetes' alphabet for generated names (apimachinery util/rand): no vowels, no 0/1/3. */
    public static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;

    public Seed(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** n characters from {@link #NAME_ALPHABET}, like the suffix of generateName. */
    public String nameSuffix(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A random (version 4) UUID string, as the apiserver gives every object. */
    public String uid() {
        StringBuilder sb = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            int nibble = random.nextInt(16);
            if (i == 12) {
                nibble = 4;
            } else if (i == 16) {
                nibble = 8 | (nibble & 3);
            }
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                sb.append('-');
            }
            sb.append(HEX[nibble]);
        }
        return sb.toString();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
