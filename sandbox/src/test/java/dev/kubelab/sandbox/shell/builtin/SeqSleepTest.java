package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeqSleepTest {
    private final SeqBuiltin seq = new SeqBuiltin();
    private final SleepBuiltin sleep = new SleepBuiltin(new dev.kubelab.sandbox.shell.job.JobControl(),
            dev.kubelab.sandbox.shell.text.Userland.GNU);

    @Test
    void seqCountsLikeGnu() {
        assertEquals(Run.ok("1\n2\n3\n"), Run.of(seq, "3"));
        assertEquals(Run.ok("4\n5\n6\n"), Run.of(seq, "4", "6"));
        assertEquals(Run.ok("10\n7\n4\n1\n"), Run.of(seq, "10", "-3", "0"));
        assertEquals(Run.ok("-2\n-1\n0\n"), Run.of(seq, "-2", "0"));
        assertEquals(Run.ok(""), Run.of(seq, "5", "1"));
        assertEquals(Run.ok("1.0\n1.5\n2.0\n2.5\n3.0\n"), Run.of(seq, "1", "0.5", "3"));
        assertEquals(Run.ok("0.1\n1.1\n"), Run.of(seq, "0.1", "2"));
        assertEquals(Run.ok("08\n09\n10\n"), Run.of(seq, "-w", "8", "10"));
        assertEquals(Run.ok("1, 2, 3\n"), Run.of(seq, "-s", ", ", "3"));
        assertEquals(Run.ok("1:2\n"), Run.of(seq, "-s:", "2"));
    }

    @Test
    void seqErrorsLikeGnu() {
        String tryHelp = "Try 'seq --help' for more information.\n";
        assertEquals(Run.failed("seq: missing operand\n" + tryHelp, 1), Run.of(seq));
        assertEquals(Run.failed("seq: extra operand ‘4’\n" + tryHelp, 1), Run.of(seq, "1", "2", "3", "4"));
        assertEquals(Run.failed("seq: invalid floating point argument: ‘x’\n" + tryHelp, 1), Run.of(seq, "1", "x"));
        assertEquals(Run.failed("seq: invalid Zero increment value: ‘0’\n" + tryHelp, 1), Run.of(seq, "1", "0", "5"));
        assertEquals(Run.failed("seq: invalid option -- 'q'\n" + tryHelp, 1), Run.of(seq, "-q", "5"));
        assertEquals(Run.failed("seq: option requires an argument -- 's'\n" + tryHelp, 1), Run.of(seq, "-s"));
    }

    @Test
    void seqStopsAfterAMebibyte() {
        long[] printed = {0};
        int status = seq.run(List.of("1000000000000"), new Streams(text -> printed[0] += text.length(), text -> { }));
        assertEquals(0, status);
        assertTrue(printed[0] > StringSink.LIMIT && printed[0] < StringSink.LIMIT + 100, String.valueOf(printed[0]));
    }

    @Test
    void sleepReturnsAtOnceButChecksItsArguments() {
        assertEquals(Run.ok(""), Run.of(sleep, "5"));
        assertEquals(Run.ok(""), Run.of(sleep, "0.5", "1m", ".5s", "2h", "1d", "infinity"));
        String tryHelp = "Try 'sleep --help' for more information.\n";
        assertEquals(Run.failed("sleep: missing operand\n" + tryHelp, 1), Run.of(sleep));
        assertEquals(Run.failed("sleep: invalid time interval ‘x’\n" + tryHelp, 1), Run.of(sleep, "x"));
        assertEquals(Run.failed("sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘5y’\n" + tryHelp, 1),
                Run.of(sleep, "x", "1", "5y"));
        assertEquals(Run.failed("sleep: invalid option -- '1'\n" + tryHelp, 1), Run.of(sleep, "-1"));
    }
}
