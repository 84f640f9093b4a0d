package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine is plain, deterministic, single-threaded Java: it reads every source file under
 * sandbox/src/main/java and fails on platform imports (Quarkus, Jakarta, Vert.x, SmallRye, javax,
 * dev.kubelab outside the sandbox), threads and locks, and wall-clock or unseeded randomness.
 */
class EngineIsolationTest {
    private static final Path ENGINE_SOURCES = Path.of("sandbox/src/main/java");

    private static final List<Rule> RULES = List.of(
            new Rule("platform import", Pattern.compile(
                    "\\b(io\\.quarkus|jakarta|io\\.vertx|io\\.smallrye|javax)\\.")),
            new Rule("import of dev.kubelab outside the sandbox", Pattern.compile(
                    "\\bdev\\.kubelab\\.(?!sandbox\\b)\\w+")),
            new Rule("locks", Pattern.compile("java\\.util\\.concurrent\\.locks|\\bsynchronized\\b")),
            new Rule("threads", Pattern.compile("\\bThread\\b|\\bExecutors?\\b|\\bExecutorService\\b")),
            new Rule("wall clock", Pattern.compile(
                    "System\\.currentTimeMillis|System\\.nanoTime|\\b(Instant|LocalDateTime|ZonedDateTime|LocalDate)\\.now\\(|Clock\\.system")),
            new Rule("unseeded randomness", Pattern.compile(
                    "new Random\\(|Math\\.random|ThreadLocalRandom|new SecureRandom|UUID\\.randomUUID")));

    @Test
    void engineSourcesStayPlainJava() throws IOException {
        assertTrue(Files.isDirectory(ENGINE_SOURCES), "run from the repository root: " + ENGINE_SOURCES.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ENGINE_SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 50, "expected the engine's sources, found " + files.size() + " files");
        List<String> violations = new ArrayList<>();
        for (Path file : files) {
            violations.addAll(violations(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theScannerCatchesEachKindOfViolation() {
        assertEquals(1, violations("A", "import io.quarkus.runtime.Startup;").size());
        assertEquals(1, violations("B", "import jakarta.inject.Inject;").size());
        assertEquals(1, violations("C", "import dev.kubelab.web.Ping;").size());
        assertEquals(1, violations("D", "import java.util.concurrent.locks.ReentrantLock;").size());
        assertEquals(1, violations("E", "new Thread(r).start();").size());
        assertEquals(1, violations("F", "var t = Instant.now();").size());
        assertEquals(1, violations("G", "var r = new Random();").size());
        assertEquals(1, violations("H", "import javax.annotation.Nullable;").size());
        assertEquals(List.of(), violations("I", "import dev.kubelab.sandbox.api.Pod;"));
    }

    private static List<String> violations(String file, String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(lines[i]);
                if (m.find()) {
                    out.add(file + ":" + (i + 1) + ": " + rule.name() + ": " + lines[i].trim());
                }
            }
        }
        return out;
    }

    private record Rule(String name, Pattern pattern) {}
}
