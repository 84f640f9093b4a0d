package dev.kubelab.terminal;

import dev.kubelab.course.Course;
import dev.kubelab.web.GuestSessions;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.HandshakeRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.UUID;

/** Decides who may open a lab socket: a signed session cookie, our own origin, an existing lab. */
@ApplicationScoped
class HandshakeGuard {

    static final int UNAUTHENTICATED = 4401;
    static final int FORBIDDEN = 4403;
    static final int UNKNOWN_LAB = 4404;
    static final int FULL = 4503;

    private final GuestSessions sessions;
    private final Course course;

    HandshakeGuard(GuestSessions sessions, Course course) {
        this.sessions = sessions;
        this.course = course;
    }

    /** The learner for this handshake, or the reason to close the socket with. */
    Verdict check(HandshakeRequest handshake, String lab) {
        if (!sameOrigin(handshake)) {
            return Verdict.refuse(FORBIDDEN, "cross-origin connections are not allowed");
        }
        UUID learner = learner(handshake.header("Cookie"));
        if (learner == null) {
            return Verdict.refuse(UNAUTHENTICATED, "no valid session: open the lesson page to start one");
        }
        if (!course.hasLab(lab)) {
            return Verdict.refuse(UNKNOWN_LAB, "no such lab: " + (lab.length() > 60 ? lab.substring(0, 60) : lab));
        }
        return new Verdict(learner, null);
    }

    private UUID learner(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.length() > 8192) {
            return null;
        }
        for (Cookie cookie : ServerCookieDecoder.LAX.decode(cookieHeader)) {
            if (cookie.name().equals(sessions.cookieName())) {
                return sessions.verify(cookie.value()).orElse(null);
            }
        }
        return null;
    }

    /** Browsers always send Origin on WebSocket handshakes; it must name the host the page came from. */
    private static boolean sameOrigin(HandshakeRequest handshake) {
        String origin = handshake.header("Origin");
        if (origin == null) {
            return true; // not a browser (e.g. a CLI client); the cookie still has to be valid
        }
        String host = handshake.header("Host");
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    record Verdict(UUID learnerId, CloseReason refusal) {
        static Verdict refuse(int code, String reason) {
            return new Verdict(null, new CloseReason(code, reason));
        }
    }
}
