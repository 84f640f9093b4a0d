package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.FileCommands;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.Map;
import java.util.TreeMap;

/** Test helper: a bare runner with echo and the simple builtins; each line's stdout and stderr, in order. */
final class Lines {
    final Environment env = Environment.forHost("controlplane");
    final FileSystem files = new FileSystem();
    private final ScriptRunner runner;
    int commandsRun;

    Lines() {
        Map<String, Builtin> programs = new TreeMap<>();
        programs.put("echo", new EchoBuiltin());
        SimpleBuiltins.all(env, files).forEach(b -> programs.put(b.name(), b));
        FileCommands.all(files, env).forEach(b -> programs.put(b.name(), b));
        runner = new ScriptRunner(env, files, programs, () -> commandsRun++);
    }

    String run(String line) {
        Parsed parsed = Parser.parse(line);
        if (!(parsed instanceof Parsed.Complete complete)) {
            throw new AssertionError("not a complete command line: " + parsed);
        }
        StringSink screen = new StringSink();
        env.setLastStatus(runner.run(complete.script(), Streams.both(screen)));
        return screen.text();
    }

    int status() {
        return env.lastStatus();
    }
}
