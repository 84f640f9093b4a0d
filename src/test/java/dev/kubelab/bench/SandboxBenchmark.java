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
        for (String line : List.of("kubectl get pods -A", "kubectl get svc -A -o wide", "kubectl get nodes")) {
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
}
