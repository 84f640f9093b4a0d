package dev.kubelab.sandbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every transcripts/*.txt: a terminal session written as the learner sees it. A line that starts
 * with the prompt the sandbox shows at that moment ("controlplane:~$ ", "> " after an incomplete
 * command…) is typed; other lines are the expected output; "## " lines are comments, "## wait 30s"
 * lets 30 seconds pass on the sandbox's clock (the controllers catch up; a command still running — kubectl get -w —
 * prints what happened, second by second) and "## ctrl-c" presses Ctrl-C (the screen shows ^C, as a terminal does).
 * The whole screen must match.
 * -Dtranscripts.update=true rewrites the files with today's output (typed lines and comments kept);
 * -Dtranscripts.only=PREFIX runs (or rewrites) only the files whose names start with PREFIX.
 */
class TranscriptFilesTest {
    private static final Path DIR = Path.of("sandbox/src/test/resources/dev/kubelab/sandbox/transcripts");

    static Stream<String> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            String only = System.getProperty("transcripts.only", "");
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && n.startsWith(only))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void sessionLooksExactlyAsWritten(String name) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("## ")) {
                expected.add(line);
            }
        }
        Transcript t = new Transcript();
        StringBuilder rewritten = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                rewritten.append(line).append('\n');
            }
            if (line.matches("## wait \\d+s")) {
                rewritten.append(Transcript.unix(t.wait(Duration.ofSeconds(Long.parseLong(line.substring(8,
                        line.length() - 1))))));
                continue;
            }
            if (line.equals("## ctrl-c")) {
                rewritten.append("^C\n").append(Transcript.unix(t.ctrlC()));
                continue;
            }
            if (line.startsWith("## ")) {
                continue;
            }
            String prompt = t.sandbox().prompt();
            if (line.startsWith(prompt)) {
                rewritten.append(line).append('\n').append(Transcript.unix(t.type(line.substring(prompt.length()))));
            }
        }
        if (Boolean.getBoolean("transcripts.update")) {
            // Rewrites the file with what the sandbox printed, comments kept: review the diff before committing.
            Files.writeString(DIR.resolve(name), rewritten.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", expected) + "\n", Transcript.unix(t.screen()), name);
    }
}
