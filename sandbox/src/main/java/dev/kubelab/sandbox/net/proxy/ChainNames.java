package dev.kubelab.sandbox.net.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * kube-proxy's per-service chain names: a prefix and the first 16 characters of base32(sha256(…)) of the
 * service port name ("ns/name" or "ns/name:port") + lowercase protocol (+ "ip:port" for an endpoint).
 */
public final class ChainNames {
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private ChainNames() {
    }

    public static String svc(String servicePortName, String protocol) {
        return "KUBE-SVC-" + hash(servicePortName + lower(protocol));
    }

    public static String svl(String servicePortName, String protocol) {
        return "KUBE-SVL-" + hash(servicePortName + lower(protocol));
    }

    public static String ext(String servicePortName, String protocol) {
        return "KUBE-EXT-" + hash(servicePortName + lower(protocol));
    }

    public static String sep(String servicePortName, String protocol, String endpoint) {
        return "KUBE-SEP-" + hash(servicePortName + lower(protocol) + endpoint);
    }

    /** base32 (RFC 4648, upper case) of the SHA-256 digest, first 16 characters. */
    static String hash(String text) {
        byte[] digest = sha256(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder(16);
        int buffer = 0;
        int bits = 0;
        for (byte b : digest) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5 && out.length() < 16) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
            if (out.length() == 16) {
                break;
            }
        }
        return out.toString();
    }

    private static String lower(String protocol) {
        return protocol.toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
