package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.syntax.Script;

import java.util.function.ToIntBiFunction;

/** Runs the commands of a $(…) for their output; $? and the enclosing loops are as they were afterwards. */
final class CommandSubstitution {
    /** Bounds $(…) inside $(…) and alias loops. */
    private static final int MAX_DEPTH = 8;

    private final Environment env;
    private final LoopControl loops;
    /** Runs a script's lists, as the shell runs any command line. */
    private final ToIntBiFunction<Script, Streams> list;
    private int depth;

    CommandSubstitution(Environment env, LoopControl loops, ToIntBiFunction<Script, Streams> list) {
        this.env = env;
        this.loops = loops;
        this.list = list;
    }

    /** True when $(…) is nested as deep as allowed: nothing more is substituted (nor aliased). */
    boolean atDepthLimit() {
        return depth >= MAX_DEPTH;
    }

    /** The output of the commands in source; "" when they do not parse or are nested too deep. */
    String output(String source) {
        if (atDepthLimit()) {
            return "";
        }
        Parsed parsed = Parser.parse(source, env.shell());
        if (!(parsed instanceof Parsed.Complete complete)) {
            return "";
        }
        StringSink out = new StringSink();
        depth++;
        int enclosingLoops = loops.suspend();
        try {
            int saved = env.lastStatus();
            list.applyAsInt(complete.script(), new Streams(out, text -> { }, ""));
            env.setLastStatus(saved);
        } finally {
            depth--;
            loops.resume(enclosingLoops);
        }
        return out.text();
    }
}
