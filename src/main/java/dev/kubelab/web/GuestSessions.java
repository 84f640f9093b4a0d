package dev.kubelab.web;

import dev.kubelab.progress.Learner;
import dev.kubelab.progress.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import java.util.Optional;
import java.util.UUID;

/** Who is asking: the learner named by a valid session cookie, or a new guest. */
@ApplicationScoped
public class GuestSessions {

    private final SessionCookie cookies;
    private final ProgressService progress;
    private final SessionConfig config;

    public GuestSessions(SessionCookie cookies, ProgressService progress, SessionConfig config) {
        this.cookies = cookies;
        this.progress = progress;
        this.config = config;
    }

    /** A page request: reuse the learner behind the cookie, or start a new guest. */
    public Visitor resolve(String cookieValue, boolean secure) {
        Optional<Learner> known = cookies.verify(cookieValue).flatMap(progress::touch);
        Learner learner = known.orElseGet(progress::createGuest);
        NewCookie cookie = known.isPresent() ? null : cookieFor(learner.id, secure);
        return new Visitor(learner.id, cookie);
    }

    /** A socket: only an existing, correctly signed identity is accepted. */
    public Optional<UUID> verify(String cookieValue) {
        return cookies.verify(cookieValue);
    }

    public String cookieName() {
        return config.cookieName();
    }

    private NewCookie cookieFor(UUID learnerId, boolean secure) {
        return new NewCookie.Builder(config.cookieName())
                .value(cookies.issue(learnerId))
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) config.maxAge().toSeconds())
                .build();
    }

    /** The learner of this request, and the cookie to set when it is a new guest (null otherwise). */
    public record Visitor(UUID learnerId, NewCookie newCookie) {
    }
}
