package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.ObjectMeta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The ConfigMap kube-root-ca.crt that kube-controller-manager's root-ca-cert-publisher keeps in every namespace:
 * the cluster CA (ca.crt) that pods' service account volumes mount. The certificate is a stand-in of a real
 * one's size and shape (nothing here verifies TLS), the same in every sandbox.
 */
public final class RootCa {
    public static final String NAME = "kube-root-ca.crt";
    public static final Map<String, String> ANNOTATIONS = Map.of("kubernetes.io/description",
            "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as"
                    + " the internal service IP or kubernetes.default.svc. No other usage is guaranteed across"
                    + " distributions of Kubernetes clusters.");
    public static final Map<String, String> DATA = Map.of("ca.crt", pem());

    private RootCa() {
    }

    public static ConfigMap configMap(String namespace, String uid, Instant created) {
        return new ConfigMap(ObjectMeta.of(NAME, namespace, uid, created, Map.of()).withAnnotations(ANNOTATIONS), DATA);
    }

    /** The bootstrap's copies: uids derived from their namespace's (see {@link DerivedUid}). */
    static String derivedUid(String namespaceUid) {
        return DerivedUid.of(NAME, namespaceUid);
    }

    private static String pem() {
        byte[] der = new byte[1066];
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = "kubelab cluster CA".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < der.length; i += 32) {
                block = sha.digest(block);
                System.arraycopy(block, 0, der, i, Math.min(32, der.length - i));
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        der[0] = 0x30; // a DER SEQUENCE, as every certificate starts ("MII…")
        der[1] = (byte) 0x82;
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }
}
