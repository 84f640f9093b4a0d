package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;

import java.math.BigInteger;
import java.util.List;

/**
 * break and continue, and the lab's bound on loops: the engine answers each command line in one go, so a
 * `while true` must end — after 1000 rounds of one loop, or 10000 rounds of all loops on one line.
 */
final class LoopControl {
    static final int PER_LOOP = 1000;
    static final int PER_LINE = 10_000;

    /** How many loops enclose the command running now. */
    private int depth;
    private int roundsThisLine;

    static boolean isJump(String command) {
        return command.equals("break") || command.equals("continue");
    }

    void startLine() {
        roundsThisLine = 0;
        depth = 0;
    }

    void enter() {
        depth++;
    }

    void leave() {
        depth--;
    }

    /** $(…) runs in a subshell: break there does not leave the loops around it. Returns what to restore. */
    int suspend() {
        int saved = depth;
        depth = 0;
        return saved;
    }

    void resume(int saved) {
        depth = saved;
    }

    /** Called before each round of a loop; round counts from 1. */
    void countRound(int round) {
        if (round > PER_LOOP) {
            throw new ShellAbort("-bash: loop limit reached (" + PER_LOOP + " iterations) in this lab");
        }
        if (++roundsThisLine > PER_LINE) {
            throw new ShellAbort("-bash: loop limit reached (" + PER_LINE + " iterations on one line) in this lab");
        }
    }

    /** Runs break or continue: throws the jump, or returns the status of a refused one, with bash's message. */
    int jump(List<String> argv, Streams io) {
        String name = argv.get(0);
        if (depth == 0) {
            io.err().println("-bash: " + name + ": only meaningful in a `for', `while', or `until' loop");
            return 0;
        }
        int levels = 1;
        if (argv.size() > 1) {
            String count = argv.get(1);
            if (!count.matches("[-+]?[0-9]+")) {
                io.err().println("-bash: " + name + ": " + count + ": numeric argument required");
                return 2;
            }
            BigInteger value = new BigInteger(count);
            if (value.signum() <= 0) {
                io.err().println("-bash: " + name + ": " + count + ": loop count out of range");
                throw new Jump(depth, false, 1); // bash then leaves every loop
            }
            levels = value.min(BigInteger.valueOf(depth)).intValue();
        }
        throw new Jump(levels, name.equals("continue"), 0);
    }

    /** Unwinds to the loop `levels` out; that loop stops, or goes on with its next round for continue. */
    static final class Jump extends RuntimeException {
        final int levels;
        final boolean goOn;
        final int status;

        Jump(int levels, boolean goOn, int status) {
            super(null, null, false, false);
            this.levels = levels;
            this.goOn = goOn;
            this.status = status;
        }

        Jump outer() {
            return new Jump(levels - 1, goOn, status);
        }
    }
}
