package dev.kubelab.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** The HMAC key for session cookies: configured, or generated once and stored so cookies survive restarts. */
@ApplicationScoped
public class SigningKey {

    private static final String SETTING = "session.signing-key";
    private final byte[] key;

    public SigningKey(SessionConfig config) {
        this.key = config.secret()
                .map(this::checked)
                .orElseGet(SigningKey::storedOrGenerated)
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return key.clone();
    }

    private String checked(String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("kubelab.session.secret must be at least 32 characters long");
        }
        return secret;
    }

    private static String storedOrGenerated() {
        return QuarkusTransaction.requiringNew().call(SigningKey::readOrCreate);
    }

    private static String readOrCreate() {
        AppSetting stored = AppSetting.findById(SETTING);
        if (stored != null) {
            return stored.value;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        AppSetting setting = new AppSetting();
        setting.name = SETTING;
        setting.value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        setting.persist();
        return setting.value;
    }
}
