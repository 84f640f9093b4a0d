package dev.kubelab.terminal;

import dev.kubelab.bench.Stats;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;

/**
 * Over a real socket on loopback: socket open → first prompt (new sandbox each time), and the round
 * trip of `kubectl get pods -A`. Run: ./mvnw test -Dbenchmarks -Dtest=TerminalBenchmark. Prints, never asserts.
 */
@QuarkusTest
@Tag("benchmark")
class TerminalBenchmark {

    @TestHTTPResource("/")
    URI base;

    @Test
    void openToPromptAndRoundTrip() throws Exception {
        URI lab = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/lab/playground");
        int sockets = 200;
        long[] toPrompt = new long[sockets];
        for (int i = 0; i < sockets; i++) {
            String cookie = GuestCookie.fresh();
            long start = System.nanoTime();
            try (SocketClient client = SocketClient.connect(lab, cookie)) {
                client.next("prompt");
                toPrompt[i] = System.nanoTime() - start;
            }
        }
        System.out.println(Stats.summary("socket open -> first prompt", toPrompt));

        long[] roundTrips = new long[1000];
        try (SocketClient client = SocketClient.connect(lab, GuestCookie.fresh())) {
            client.next("prompt");
            for (int i = 0; i < 1200; i++) {
                long start = System.nanoTime();
                client.send("{\"type\":\"exec\",\"id\":" + i + ",\"line\":\"kubectl get pods -A\"}");
                client.outputUntilExit(i);
                if (i >= 200) {
                    roundTrips[i - 200] = System.nanoTime() - start;
                }
            }
        }
        System.out.println(Stats.summary("round trip kubectl get pods -A", roundTrips));
    }
}
