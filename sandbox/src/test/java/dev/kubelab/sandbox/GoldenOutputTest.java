package dev.kubelab.sandbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What a learner sees for each command, compared byte for byte with golden/&lt;name&gt;.txt.
 * A golden file is the terminal transcript (prompt, typed line, output) with the terminal's "\r\n"
 * stored as "\n" so it reads well in a diff; the test also checks the raw output has no bare "\n".
 * Regenerate after an intended change with
 * {@code ./mvnw -B -o test -Dtest=GoldenOutputTest -Dgolden.update=true}, then review every diff by eye.
 */
class GoldenOutputTest {
    private static final Path SOURCE_DIR = Path.of("sandbox/src/test/resources/dev/kubelab/sandbox/golden");

    static Stream<Arguments> cases() {
        return Stream.of(
                golden("get-nodes", 0, "kubectl get nodes"),
                golden("get-nodes-wide", 0, "kubectl get nodes -o wide"),
                golden("get-pods", 0, "kubectl get pods"),
                golden("get-pods-all", 0, "kubectl get pods -A"),
                golden("get-pods-all-wide", 0, "kubectl get pods -A -o wide"),
                golden("get-pods-kube-system", 0, "kubectl get pods -n kube-system"),
                golden("get-svc", 0, "kubectl get svc"),
                golden("get-svc-all", 0, "kubectl get svc -A"),
                golden("get-svc-all-wide", 0, "kubectl get svc -A -o wide"),
                golden("get-ep", 0, "kubectl get ep"),
                golden("get-ep-all", 0, "kubectl get ep -A"),
                golden("get-ep-kube-system-wide", 0, "kubectl get ep -n kube-system -o wide"),
                golden("get-svc-ep-kube-system", 0, "kubectl get svc,ep -n kube-system"),
                golden("get-svc-named", 0, "kubectl get svc kubernetes"),
                golden("get-pods-show-labels", 0, "kubectl get pods -n kube-system --show-labels"),
                golden("get-pods-nope", 1, "kubectl get pods nope"),
                golden("get-svc-found-and-missing", 1, "kubectl get svc kubernetes nope other"),
                golden("get-foo", 1, "kubectl get foo"),
                golden("get-no-type", 1, "kubectl get"),
                golden("version", 0, "kubectl version"),
                golden("cluster-info", 0, "kubectl cluster-info"),
                golden("command-not-found", 127, "foo"),
                golden("kubectl-foo", 1, "kubectl foo"),
                golden("kubectl-gt", 1, "kubectl gt"),
                golden("get-pods-bogus-flag", 1, "kubectl get pods --bogus"),
                golden("get-pods-bogus-shorthand", 1, "kubectl get pods -z"),
                golden("history", 0, "kubectl get nodes", "", "echo 'hello   world'", "kubectl version", "history"),
                golden("continuation", 0, "echo \"first", "second\" \\", "third"));
    }

    private static Arguments golden(String name, int exitCode, String... lines) {
        return Arguments.of(name, exitCode, List.of(lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void terminalShowsWhatRealKubectlAndBashShow(String name, int exitCode, List<String> lines) throws IOException {
        Transcript t = new Transcript();
        for (String line : lines) {
            String raw = t.type(line);
            assertFalse(raw.replace("\r\n", "").contains("\n"), "bare \\n in terminal output of " + line);
        }
        assertEquals(new Outcome.Exit(exitCode), t.last(), "exit code of " + lines.get(lines.size() - 1));
        String actual = Transcript.unix(t.screen());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name + ".txt"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(read(name), actual, "golden/" + name + ".txt");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + name + ".txt")) {
            assertNotNull(in, "missing golden file golden/" + name + ".txt (run with -Dgolden.update=true)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
