package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bash's job table: numbering, current and previous job, jobspecs, the status column, reports of ended jobs. */
class JobTableTest {
    private final Instant[] now = {Instant.parse("2026-11-27T10:00:00Z")};
    private final JobControl control = new JobControl();
    private final Environment env = new Environment();
    private final Map<String, Builtin> programs = new HashMap<>();
    private ScriptRunner runner;
    private final JobTable table = new JobTable(control, env, () -> runner, () -> now[0]);
    private final StringSink out = new StringSink();
    private final Streams io = Streams.both(out);

    JobTableTest() {
        runner = new ScriptRunner(env, new FileSystem(), programs, () -> { }, n -> n + ": command not found", control,
                table::launch);
        programs.put("run", new Builtin() { // keeps running until the clock reaches its argument (seconds)
            @Override
            public String name() {
                return "run";
            }

            @Override
            public int run(List<String> args, Streams io) {
                long until = Long.parseLong(args.get(0));
                if (control.mayStart()) {
                    control.start((at, s) -> at.getEpochSecond() % 100_000 >= until ? OptionalInt.of(0)
                            : OptionalInt.empty());
                }
                return 0;
            }
        });
        programs.put("echo", new Builtin() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public int run(List<String> args, Streams io) {
                io.out().println(String.join(" ", args));
                return 0;
            }
        });
        now[0] = Instant.ofEpochSecond(0);
    }

    private void line(String text) {
        runner.runLine(((Parsed.Complete) Parser.parse(text)).script(), io);
    }

    @Test
    void numbersMarksAndTheStatusColumnAsBashPrintsThem() {
        line("run 10 & run 20 & run 30 &");
        assertEquals("[1] 2104\n[2] 2105\n[3] 2106\n", out.text());
        assertEquals("2106", env.lastBackgroundPid());
        StringSink listed = new StringSink();
        table.list(Streams.both(listed), false);
        assertEquals("[1]   Running                 run 10 &\n[2]-  Running                 run 20 &\n"
                + "[3]+  Running                 run 30 &\n", listed.text());
        assertSame(table.jobs().get(2), table.find("%%"));
        assertSame(table.jobs().get(1), table.find("%-"));
        assertSame(table.jobs().get(0), table.find("%1"));
        assertSame(table.jobs().get(0), table.find("2104"));
        assertNull(table.find("%run"), "ambiguous");
        assertSame(table.jobs().get(2), table.find("%?30"));
        assertNull(table.find("%9"));
    }

    @Test
    void anEndedJobIsReportedOnceAfterTheShellHasSeenIt() {
        line("run 10 &");
        now[0] = Instant.ofEpochSecond(15);
        StringSink shown = new StringSink();
        table.notifyEnded(Streams.both(shown));
        assertEquals("", shown.text(), "not pumped yet: still running");
        table.pump(now[0], io);
        table.notifyEnded(Streams.both(shown));
        assertEquals("", shown.text(), "ended, but not yet seen (reaped) by the shell");
        table.seeEnded();
        table.notifyEnded(Streams.both(shown));
        assertEquals("[1]+  Done                    run 10\n", shown.text());
        assertTrue(table.jobs().isEmpty());
    }

    @Test
    void theRestOfAJobRunsWhenItsProcessEndsAndASignalStopsIt() {
        line("run 5 && echo five &");
        table.pump(Instant.ofEpochSecond(5), io);
        assertTrue(out.text().endsWith("five\n"));
        assertEquals(BackgroundJob.State.DONE, table.jobs().get(0).state());
        line("run 50 && echo never &");
        BackgroundJob job = table.find("%2");
        job.signal("Terminated", 15);
        table.pump(Instant.ofEpochSecond(60), io);
        assertFalse(out.text().contains("never"));
        assertEquals(143, job.status());
        assertEquals("[2]+  Terminated              run 50 && echo never", table.line(job, false));
        assertEquals("[2]+  2105 Terminated              run 50 && echo never", table.line(job, true));
    }

    @Test
    void theJobsCommandsDoNotChangeTheShellsStatus() {
        env.setLastStatus(3);
        table.launch(((Parsed.Complete) Parser.parse("false")).script().lists().get(0), io);
        assertEquals(3, env.lastStatus());
        Script.AndOr list = ((Parsed.Complete) Parser.parse("run 1 &")).script().lists().get(0);
        assertTrue(list.background());
        assertEquals("run 1", list.text());
    }
}
