package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Base64Test {
    private final Base64 base64 = new Base64(new FileSystem(), Userland.GNU);

    /** stdout, then "|" and stderr, then "|" and the status. */
    private String run(String stdin, String... args) {
        StringSink out = new StringSink();
        StringSink err = new StringSink();
        int status = base64.run(List.of(args), new Streams(out, err, stdin));
        return out.text() + "|" + err.text() + "|" + status;
    }

    @Test
    void encodesInLinesOfSeventySixUnlessToldOtherwise() {
        assertEquals("YWRtaW4=\n||0", run("admin"));
        assertEquals("||0", run(""), "no input, not even a newline");
        String long57 = "x".repeat(57);
        assertEquals("eHh4".repeat(19) + "\n||0", run(long57), "57 bytes are exactly one line of 76");
        assertEquals("eHh4".repeat(19) + "\neA==\n||0", run(long57 + "x"));
        assertEquals("eHh4eHh4eA==||0", run("xxxxxxx", "-w", "0"));
        assertEquals("eHh4e\nHh4eA\n==\n||0", run("xxxxxxx", "-w5"));
    }

    @Test
    void decodesAcrossLineBreaks() {
        assertEquals("admin:s3cr3t||0", run("YWRtaW46\nczNjcjN0\n", "-d"));
        assertEquals("hi||0", run("aGk=", "-d"));
        assertEquals("hihi||0", run("aGk=aGk=", "-d"), "gnulib decodes each group of four on its own");
    }

    @Test
    void invalidInputKeepsWhatWasDecodedBeforeIt() {
        assertEquals("hello|base64: invalid input\n|1", run("aGVsbG8\n", "-d"), "missing padding");
        assertEquals("|base64: invalid input\n|1", run("!aGk=", "-d"));
        assertEquals("h|base64: invalid input\n|1", run("aG!k", "-d"));
        assertEquals("h|base64: invalid input\n|1", run("aG=k", "-d"), "padding then data in one group");
    }

    @Test
    void badWrapSizesAndMissingFilesAreRefused() {
        assertEquals("|base64: invalid wrap size: ‘x’\n|1", run("", "-w", "x"));
        assertEquals("|base64: nope: No such file or directory\n|1", run("", "nope"));
    }
}
