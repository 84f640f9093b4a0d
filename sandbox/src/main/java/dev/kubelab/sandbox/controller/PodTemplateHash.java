package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;

import java.nio.charset.StandardCharsets;

/**
 * The pod-template-hash / controller-revision-hash label value, computed as Kubernetes does
 * (controller_utils.go ComputeHash): FNV-32a over the template, the decimal of the sum encoded
 * with rand.SafeEncodeString. Kubernetes hashes a dump of the Go struct; we hash a canonical text
 * of the template instead, so values look real and stay stable for the same template.
 */
public final class PodTemplateHash {
    private static final int FNV32_OFFSET = 0x811c9dc5;
    private static final int FNV32_PRIME = 0x01000193;

    private PodTemplateHash() {
    }

    public static String of(String canonicalTemplate) {
        int hash = FNV32_OFFSET;
        for (byte b : canonicalTemplate.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= FNV32_PRIME;
        }
        return safeEncode(Integer.toUnsignedString(hash));
    }

    /** rand.SafeEncodeString: every byte picks alphabet[b % 27], so digits become "45678 9bcdf". */
    static String safeEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Seed.NAME_ALPHABET.charAt(s.charAt(i) % Seed.NAME_ALPHABET.length()));
        }
        return sb.toString();
    }
}
