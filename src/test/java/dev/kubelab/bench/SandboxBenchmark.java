package dev.kubelab.bench;

import dev.kubelab.sandbox.Sandbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine-only numbers: boot time, heap per idle sandbox, server time of a few commands.
 * Run: ./mvnw test -Dbenchmarks -Dtest=SandboxBenchmark (see docs/benchmarks.md). Prints, never asserts.
 */
@Tag("benchmark")
class SandboxBenchmark {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final int WARM_UP = 10_000;

    @Test
    void bootAndIdleHeap() {
        int count = 1000;
        for (int i = 0; i < 200; i++) {
            Sandbox.boot(i, () -> T0); // warm-up
        }
        long[] boots = new long[count];
        long before = usedHeapAfterGc();
        List<Sandbox> kept = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            kept.add(Sandbox.boot(i, () -> T0));
            boots[i] = System.nanoTime() - start;
        }
        long after = usedHeapAfterGc();
        System.out.println(Stats.summary("Sandbox.boot", boots));
        System.out.printf("heap per idle sandbox: %.1f KiB (%d sandboxes)%n",
                (after - before) / 1024.0 / kept.size(), kept.size());
    }

    @Test
    void commandServerTime() {
        Sandbox sandbox = Sandbox.boot(42, () -> T0);
        for (String line : List.of("kubectl get pods -A", "kubectl get svc -A -o wide", "kubectl get nodes",
                "kubectl describe svc kube-dns -n kube-system",
                "kubectl get pods -A | grep kube | awk '{print $2}' | sort -r | head -5")) {
            long[] times = new long[2000];
            for (int i = 0; i < 500; i++) {
                sandbox.exec(line, text -> { });
            }
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                sandbox.exec(line, text -> { });
                times[i] = System.nanoTime() - start;
            }
            System.out.println(Stats.summary(line, times));
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Issue 3's numbers: a typical operation (create + reconcile) and heap for a busier sandbox. Each operation
     * is measured after {@link #WARM_UP} untimed runs of itself: HotSpot compiles a method with C2 only after
     * about 10,000 calls, and a server that has been up for minutes runs the compiled code. With 100 warm-up
     * runs the medians were 2–4× higher (interpreted and C1 code).
     */
    @Test
    void workloadOperationsAndBusyHeap() {
        long[] creates = new long[2000];
        for (int i = 0; i < creates.length + WARM_UP; i++) {
            Sandbox sandbox = Sandbox.boot(i, () -> T0);
            long start = System.nanoTime();
            sandbox.exec("kubectl create deployment web --image=nginx --replicas=3", text -> { });
            if (i >= WARM_UP) {
                creates[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        System.out.println(Stats.summary("create deployment (3 pods) + reconcile", creates));

        // The clock moves 40 s between scales (untimed), so terminating pods finish as they would.
        Instant[] clock = {T0};
        Sandbox probe = Sandbox.boot(7, () -> clock[0]);
        long[] scales = new long[2000];
        probe.exec("kubectl create deployment web --image=nginx --replicas=1", text -> { });
        for (int i = 0; i < scales.length + WARM_UP; i++) {
            clock[0] = clock[0].plusSeconds(40);
            probe.advance();
            long start = System.nanoTime();
            probe.exec("kubectl scale deployment web --replicas=" + (1 + i % 3), text -> { });
            if (i >= WARM_UP) {
                scales[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        System.out.println(Stats.summary("scale deployment + reconcile", scales));

        int count = 200;
        long before = usedHeapAfterGc();
        List<Sandbox> kept = new ArrayList<>(count);
        Instant[] now = {T0};
        for (int i = 0; i < count; i++) {
            Sandbox sandbox = Sandbox.boot(i, () -> now[0]);
            for (int d = 0; d < 10; d++) {
                sandbox.exec("kubectl create deployment web" + d + " --image=nginx --replicas=3", text -> { });
                sandbox.exec("kubectl expose deployment web" + d + " --port=80", text -> { });
            }
            kept.add(sandbox);
        }
        now[0] = T0.plusSeconds(60);
        kept.forEach(Sandbox::advance);
        long after = usedHeapAfterGc();
        System.out.printf("heap per sandbox with 10 deployments / 30 pods / 10 services: %.1f KiB (%d sandboxes)%n",
                (after - before) / 1024.0 / count, count);
        StringBuilder pods = new StringBuilder();
        kept.get(0).exec("kubectl get pods --no-headers | wc -l", pods::append);
        System.out.println("pods in the first busy sandbox: " + pods.toString().trim());
    }
}
