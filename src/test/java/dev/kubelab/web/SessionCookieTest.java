package dev.kubelab.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SessionCookieTest {

    @Inject
    SessionCookie cookies;

    @Test
    void acceptsOnlyWhatItSigned() {
        UUID learner = UUID.randomUUID();
        String issued = cookies.issue(learner);
        assertEquals(Optional.of(learner), cookies.verify(issued));

        UUID someoneElse = UUID.randomUUID();
        String swapped = someoneElse + issued.substring(issued.indexOf('.'));
        assertEquals(Optional.empty(), cookies.verify(swapped), "signature of another id");
        assertEquals(Optional.empty(), cookies.verify(issued + "x"), "tampered signature");
        assertEquals(Optional.empty(), cookies.verify(learner.toString()), "unsigned");
        assertEquals(Optional.empty(), cookies.verify(null));
        assertEquals(Optional.empty(), cookies.verify("x".repeat(5000)));
    }
}
