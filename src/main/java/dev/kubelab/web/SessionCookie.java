package dev.kubelab.web;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The guest identity cookie: "{learner-uuid}.{HMAC-SHA256 of it}". Only the server can mint one,
 * so a learner cannot reach another learner's sandbox by editing the cookie.
 */
@ApplicationScoped
public class SessionCookie {

    private static final int MAX_LENGTH = 200;
    private final SigningKey key;

    public SessionCookie(SigningKey key) {
        this.key = key;
    }

    public String issue(UUID learnerId) {
        String id = learnerId.toString();
        return id + "." + sign(id);
    }

    /** The learner id in a cookie value, if the value is well-formed and its signature is ours. */
    public Optional<UUID> verify(String cookieValue) {
        if (cookieValue == null || cookieValue.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, dot);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
