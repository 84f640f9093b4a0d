package dev.kubelab.sandbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every transcripts/*.txt: a terminal session written as the learner sees it. Lines that start
 * with the prompt "controlplane:~$ " are typed (so are "> " lines after an incomplete command); all
 * other lines are the expected output; "## " lines are comments. The whole screen must match.
 */
class TranscriptFilesTest {
    private static final Path DIR = Path.of("sandbox/src/test/resources/dev/kubelab/sandbox/transcripts");
    private static final String PROMPT = "controlplane:~$ ";

    static Stream<String> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void sessionLooksExactlyAsWritten(String name) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8)) {
            if (!line.startsWith("## ")) {
                expected.add(line);
            }
        }
        Transcript t = new Transcript();
        for (String line : expected) {
            if (line.startsWith(PROMPT)) {
                t.type(line.substring(PROMPT.length()));
            } else if (line.startsWith("> ") && t.last() instanceof Outcome.More) {
                t.type(line.substring(2));
            }
        }
        assertEquals(String.join("\n", expected) + "\n", Transcript.unix(t.screen()), name);
    }
}
