package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.api.Pod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What containerd calls a pod in errors (its sandbox id, its network namespace), and klog's line header. */
final class PodSandbox {
    private static final DateTimeFormatter KLOG = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private PodSandbox() {
    }

    /** The 64-hex sandbox id, derived from the pod's uid (stable for the pod). */
    static String id(Pod pod) {
        return sha256("sandbox/" + pod.metadata().uid());
    }

    /** "/var/run/netns/cni-1f0c…-…": the network namespace the CNI plugin made for the pod. */
    static String netns(Pod pod) {
        String h = sha256("netns/" + pod.metadata().uid());
        return "/var/run/netns/cni-" + h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20, 32);
    }

    /** "E1127 10:00:05.000000    2105 portforward.go:413] ": severity, time, thread id, source line. */
    static String klogError(Instant now, int pid, String source) {
        return "E" + KLOG.format(now) + " " + String.format("%7d", pid) + " " + source + "] ";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
