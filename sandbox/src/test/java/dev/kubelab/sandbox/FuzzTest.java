package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 random and mutated command lines (quotes, unicode, huge numbers, flags in odd places,
 * 100 KiB pastes): no exception escapes, every line is answered, and the sandbox stays usable.
 * Seeded, so a failure names the exact line and can be replayed.
 */
class FuzzTest {
    private static final List<String> CORPUS = List.of(
            "kubectl get pods -A -o wide", "kubectl get svc,ep -n kube-system", "kubectl describe svc kube-dns -n kube-system",
            "kubectl create deployment web --image=nginx --replicas=3", "kubectl expose deployment web --port=80",
            "kubectl scale deployment web --replicas=2", "kubectl delete deployment web", "kubectl get all -A",
            "kubectl run tmp --image=busybox --restart=Never -- sleep 3600", "kubectl label pod tmp app=x --overwrite",
            "kubectl get pods -l 'app in (web,x)' --show-labels", "kubectl get svc -o yaml", "kubectl get ep -o json",
            "kubectl create service nodeport np --tcp=80:80 --node-port=30080", "kubectl apply -f svc.yaml",
            "kubectl get pods -o jsonpath='{.items[*].metadata.name}'", "cat <<EOF > svc.yaml", "echo \"$(kubectl get nodes | wc -l)\"",
            "kubectl get pods | grep -v NAME | awk '{print $1}' | xargs kubectl delete pod", "alias k=kubectl; k get no",
            "for x in a b; do echo $x; done", "ssh node01", "exit", "vi notes.txt", "ls -la /etc", "cd /tmp && pwd",
            "sed -i 's/a/b/g' svc.yaml", "export A=1 && echo $A", "kubectl get pods --sort-by=.metadata.name",
            "kubectl explain svc", "kubectl rollout status deployment/web", "kubectl logs tmp", "history | tail -3",
            "kubectl get pods -w", "kubectl get svc -A --watch -o wide", "kubectl logs -f tmp", "sleep 2",
            "watch -n 1 kubectl get pods", "kubectl port-forward svc/web 8080:80", "kubectl wait --for=condition=Ready pod/tmp",
            "kubectl port-forward svc/web 8080:80 &", "kubectl port-forward deploy/web :80 --address 0.0.0.0 > pf.log &",
            "sleep 5 &", "sleep 1 && echo done &", "jobs", "jobs -l", "kill %1", "kill -9 $!", "kill %+", "fg", "fg %2",
            "bg", "wait", "wait %1", "curl -s localhost:8080", "echo $!");
    private static final String[] NOISE = {"'", "\"", "\\", "|", "||", "&&", ";", ">", "<<", "$(", "`", "${", "}", "(", ")",
            "-", "--", "=", ",", "/", " ", "\t", "\n", "é", "日本", "🙂", "\u0000", "\u001b[31m", "99999999999999999999",
            "-2147483649", "0x1F", "-n", "-A", "-o", "--output=", "-l", "!", "*", "~", "#", "%", "{", "}", "[", "]", "&",
            "%1", "%%", "%-"};

    @Test
    void tenThousandOddLinesNeverBreakTheSandbox() {
        SplittableRandom random = new SplittableRandom(20261127);
        Instant[] now = {Instant.parse("2026-11-27T10:00:00Z")};
        Sandbox sandbox = Sandbox.boot(7, () -> now[0]);
        for (int i = 0; i < 10_000; i++) {
            String line = line(random);
            StringBuilder out = new StringBuilder();
            Outcome outcome;
            try {
                outcome = sandbox.exec(line, out::append);
            } catch (RuntimeException e) {
                throw new AssertionError("line " + i + " threw: " + abbreviate(line), e);
            }
            assertNotNull(outcome, "line " + i + " got no answer: " + abbreviate(line));
            if (outcome instanceof Outcome.Edit) {
                sandbox.save("kind: Fuzz\n", text -> { });
            } else if (outcome instanceof Outcome.More && random.nextInt(3) == 0) {
                sandbox.interrupt();
            } else if (outcome instanceof Outcome.Running && i % 2 == 0) {
                sandbox.interrupt(); // Ctrl-C; otherwise the next line ends it, or a tick finds it
            }
            if (i % 50 == 0) {
                now[0] = now[0].plus(Duration.ofSeconds(random.nextInt(1, 120)));
                if (sandbox.isRunning()) {
                    sandbox.pump(text -> { });
                } else {
                    sandbox.advance();
                }
            }
        }
        sandbox.interrupt();
        for (int logins = 0; logins < 100 && !sandbox.prompt().startsWith("controlplane:"); logins++) {
            sandbox.exec("exit", text -> { }); // leave any ssh sessions the fuzz opened
        }
        assertTrue(sandbox.prompt().startsWith("controlplane:"), sandbox.prompt());
        StringBuilder nodes = new StringBuilder();
        assertEquals(new Outcome.Exit(0), sandbox.exec("kubectl get nodes --no-headers | wc -l", nodes::append));
        assertEquals("3\r\n", nodes.toString(), "the sandbox still answers normally");
    }

    private static String line(SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "echo " + "x".repeat(random.nextInt(1, 100 * 1024)); // a big paste
        }
        if (kind == 1) {
            StringBuilder noise = new StringBuilder();
            for (int k = random.nextInt(1, 30); k > 0; k--) {
                noise.append(NOISE[random.nextInt(NOISE.length)]);
            }
            return noise.toString();
        }
        List<String> words = new ArrayList<>(List.of(CORPUS.get(random.nextInt(CORPUS.size())).split(" ")));
        for (int k = random.nextInt(0, 4); k > 0; k--) {
            int at = random.nextInt(words.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> words.add(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> {
                    if (!words.isEmpty() && at < words.size()) {
                        words.remove(at);
                    }
                }
                default -> words.add(at, words.isEmpty() ? "x" : words.get(random.nextInt(words.size())));
            }
        }
        return String.join(" ", words);
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "… (" + line.length() + " chars)";
    }
}
