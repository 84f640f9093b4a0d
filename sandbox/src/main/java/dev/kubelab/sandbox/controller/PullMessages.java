package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageRef;

/**
 * Event texts of the kubelet's image puller with containerd 1.7 (kubelet 1.32). The failure texts follow
 * containerd's resolver errors as wrapped by the CRI gRPC status; the exact "rpc error" prefix varies between
 * kubelet versions, so treat it as best knowledge, not verified output.
 */
final class PullMessages {
    private PullMessages() {
    }

    static String pulling(String image) {
        return "Pulling image \"" + image + "\"";
    }

    static String pulled(String image, long millis, long size) {
        String d = goDuration(millis);
        return "Successfully pulled image \"" + image + "\" in " + d + " (" + d + " including waiting). Image size: "
                + size + " bytes.";
    }

    static String alreadyPresent(String image) {
        return "Container image \"" + image + "\" already present on machine";
    }

    /** The error containerd gives: unknown repository → access denied; known repository, unknown tag → not found. */
    static String pullError(ImageCatalog catalog, String image) {
        String ref = ImageRef.parse(image).canonical();
        if (catalog.lookup(image).isEmpty()) {
            return "rpc error: code = Unknown desc = failed to pull and unpack image \"" + ref
                    + "\": failed to resolve reference \"" + ref + "\": pull access denied, repository does not"
                    + " exist or may require authorization: server message: insufficient_scope: authorization failed";
        }
        return "rpc error: code = NotFound desc = failed to pull and unpack image \"" + ref
                + "\": failed to resolve reference \"" + ref + "\": " + ref + ": not found";
    }

    static String failedToPull(String image, String error) {
        return "Failed to pull image \"" + image + "\": " + error;
    }

    /** Go's time.Duration.String() for whole milliseconds: 523ms, 1.2s, 4.3s. */
    static String goDuration(long millis) {
        if (millis < 1000) {
            return millis + "ms";
        }
        String s = java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
        return s + "s";
    }
}
