package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rollout status and logs once the clock has moved (transcripts keep the clock still). */
class RolloutAndLogsTest {
    @Test
    void rolloutStatusReportsTheStateNowAndFinishesOnceAvailable() {
        Transcript t = new Transcript();
        t.type("kubectl create deployment web --image=nginx:1.27 --replicas=3");
        assertEquals("Waiting for deployment \"web\" rollout to finish: 0 of 3 updated replicas are available...\n",
                Transcript.unix(t.type("kubectl rollout status deployment/web")));
        t.advance(Duration.ofMinutes(2));
        t.sandbox().advance();
        assertEquals("deployment \"web\" successfully rolled out\n",
                Transcript.unix(t.type("kubectl rollout status deployment/web --timeout=60s")));
        assertEquals("deployment.apps/web image updated\n",
                Transcript.unix(t.type("kubectl set image deployment/web nginx=nginx:1.26")));
        t.advance(Duration.ofMinutes(2));
        t.sandbox().advance();
        assertEquals("deployment.apps/web rolled back\n", Transcript.unix(t.type("kubectl rollout undo deploy/web")));
        t.advance(Duration.ofMinutes(2));
        t.sandbox().advance();
        assertEquals("deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n",
                Transcript.unix(t.type("kubectl rollout history deploy/web")));
        assertTrue(t.type("kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'")
                .startsWith("nginx:1.27"));
    }

    @Test
    void nginxLogsItsStartupAndTailKeepsTheLastLines() {
        Transcript t = new Transcript();
        t.type("kubectl run web --image=nginx:1.27");
        t.advance(Duration.ofSeconds(30));
        t.sandbox().advance();
        String logs = Transcript.unix(t.type("kubectl logs web"));
        assertTrue(logs.startsWith("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to"
                + " perform configuration\n"), logs);
        assertTrue(logs.contains("[notice] 1#1: nginx/1.27.5\n"), logs);
        assertTrue(logs.contains("[notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) \n"), logs);
        String tail = Transcript.unix(t.type("kubectl logs web --tail=2 -f"));
        assertEquals(2, tail.split("\n").length, tail);
        assertTrue(tail.endsWith("[notice] 1#1: start worker process 30\n"), tail);
    }

    @Test
    void shellEchoesAreTheLogsAndALoopRepeatsThem() {
        Transcript t = new Transcript();
        t.type("kubectl run hi --image=busybox -- sh -c 'echo hello; sleep 3600'");
        t.type("kubectl run tick --image=busybox -- sh -c 'while true; do echo tick; sleep 10; done'");
        t.advance(Duration.ofSeconds(60));
        t.sandbox().advance();
        assertEquals("hello\n", Transcript.unix(t.type("kubectl logs hi")));
        String ticks = Transcript.unix(t.type("kubectl logs tick"));
        assertTrue(ticks.startsWith("tick\ntick\n") && ticks.split("\n").length >= 4, ticks);
    }
}
