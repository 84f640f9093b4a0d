package dev.kubelab.sandbox.shell.printf;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintfBuiltinTest {
    private final Environment env = new Environment();
    private final Builtin nodeBash = PrintfBuiltin.bash("-bash", env);
    private final Builtin ash = PrintfBuiltin.busybox(false, env);

    /** The terminal as the learner sees it (stdout and stderr interleaved), then the status. */
    private static String terminal(Builtin printf, String... args) {
        StringSink screen = new StringSink();
        int status = printf.run(List.of(args), Streams.both(screen));
        return screen.text() + "[" + status + "]";
    }

    @Test
    void bashUsageAndOptions() {
        String usage = "printf: usage: printf [-v var] format [arguments]\n";
        assertEquals(usage + "[2]", terminal(nodeBash));
        assertEquals("-bash: printf: -x: invalid option\n" + usage + "[2]", terminal(nodeBash, "-x", "a"));
        assertEquals("-bash: printf: -v: option requires an argument\n" + usage + "[2]", terminal(nodeBash, "-v"));
        assertEquals("-bash: printf: `1x': not a valid identifier\n[2]", terminal(nodeBash, "-v", "1x", "a"));
        assertEquals("-x\n[0]", terminal(nodeBash, "--", "-x\\n"));
        assertEquals("[0]", terminal(nodeBash, ""));
        assertEquals("-bash: printf: --: invalid option\n" + usage + "[2]", terminal(nodeBash, "--hel"));
        String help = terminal(nodeBash, "--help");
        String top = "printf: printf [-v var] format [arguments]\n"
                + "    Formats and prints ARGUMENTS under control of the FORMAT.\n    \n    Options:\n";
        assertEquals(top, help.substring(0, top.length()));
        String end = "    error occurs.\n[2]";
        assertEquals(end, help.substring(help.length() - end.length()));
    }

    @Test
    void dashVStoresTheOutputInAVariable() {
        assertEquals("[0]", terminal(nodeBash, "-v", "line", "%s=%03d", "port", "80"));
        assertEquals("port=080", env.get("line").orElseThrow());
        assertEquals("[0]", terminal(nodeBash, "-v", "line", ""));
        assertEquals("", env.get("line").orElseThrow());
    }

    @Test
    void bashComplainsBeforeTheUnfinishedLineBusyboxAfterIt() {
        assertEquals("a\n-bash: printf: x: invalid number\nn=0\n[1]", terminal(nodeBash, "a\\nn=%d\\n", "x"));
        assertEquals("a\nn=sh: invalid number 'x'\n0\n[1]", terminal(ash, "a\\nn=%d\\n", "x"));
    }

    @Test
    void busyboxNamesItselfAsTheShellOrTheApplet() {
        assertEquals("sh: usage: printf FORMAT [ARGUMENT...]\n[2]", terminal(ash));
        assertEquals("-v[0]", terminal(ash, "-v", "x"));
        assertEquals("printf: invalid number 'q'\n0[1]", terminal(PrintfBuiltin.busybox(true, env), "%d", "q"));
        assertEquals("bash: printf: `y': invalid format character\n[1]",
                terminal(PrintfBuiltin.bash("bash", env), "%y"));
    }
}
