package dev.kubelab.sandbox.shell.exec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loops, if and groups as bash runs them: output, $? and the variables they leave behind. */
class CompoundRunnerTest {
    private final Lines lines = new Lines();

    @Test
    void forLoopsOverExpandedWords() {
        assertEquals("1\n2\n3\n", lines.run("for i in $(seq 1 3); do echo $i; done"));
        assertEquals("a-1 a-2 b-1 b-2\n", lines.run("echo {a,b}-{1..2}"));
        assertEquals("x y\n", lines.run("for w in \"x y\"; do echo $w; done"));
        assertEquals("3", lines.env.get("i").orElseThrow(), "the variable keeps its last value");
        assertEquals("", lines.run("for i in; do echo $i; done"));
        assertEquals(0, lines.status());
    }

    @Test
    void statusIsTheLastCommandsOrZeroWhenTheBodyNeverRan() {
        assertEquals("", lines.run("for i in 1 2; do false; done"));
        assertEquals(1, lines.status());
        lines.run("false; for i in; do true; done");
        assertEquals(0, lines.status());
        assertEquals("0\n", lines.run("while false; do echo never; done; echo $?"));
        assertEquals("0\n", lines.run("if false; then echo never; fi; echo $?"));
    }

    @Test
    void whileAndUntilWithACounter() {
        assertEquals("1\n2\n3\n", lines.run("i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done"));
        assertEquals("0\n1\n", lines.run("n=0; until [ $n -ge 2 ]; do echo $n; n=$((n + 1)); done"));
    }

    @Test
    void ifElifElse() {
        String script = "if [ $x = a ]; then echo first; elif [ $x = b ]; then echo second; else echo other; fi";
        lines.run("x=a");
        assertEquals("first\n", lines.run(script));
        lines.run("x=b");
        assertEquals("second\n", lines.run(script));
        lines.run("x=c");
        assertEquals("other\n", lines.run(script));
    }

    @Test
    void breakAndContinueWithLevels() {
        assertEquals("1\n3\n", lines.run("for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done"));
        assertEquals("1a\n2a\n", lines.run("for i in 1 2; do for j in a b; do echo $i$j; continue 2; done; done"));
        assertEquals("1a\nend\n", lines.run("for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done; echo end"));
        assertEquals("1\n", lines.run("while true; do echo 1; break 5; done"));
        assertEquals(0, lines.status());
    }

    @Test
    void breakOutsideALoopOrWithABadCount() {
        assertEquals("-bash: break: only meaningful in a `for', `while', or `until' loop\n", lines.run("break"));
        assertEquals(0, lines.status());
        assertEquals("-bash: continue: x: numeric argument required\n1\n-bash: continue: x: numeric argument required\n2\n",
                lines.run("for i in 1 2; do continue x; echo $i; done"));
        assertEquals("-bash: break: 0: loop count out of range\n", lines.run("for i in 1 2; do break 0; echo $i; done"));
        assertEquals(1, lines.status());
        assertEquals("1\n2\n", lines.run("for i in 1 2; do x=$(break); echo $i; done"), "$(…) is a subshell");
    }

    @Test
    void redirectionsAndPipesCoverTheWholeLoop() {
        assertEquals("", lines.run("for i in 1 2; do echo line $i; done > out.txt"));
        assertEquals("line 1\nline 2\n", lines.files.read("out.txt").orElseThrow());
        assertEquals("", lines.run("{ echo a; echo b; } >> out.txt; if true; then echo c; fi >> out.txt"));
        assertEquals("line 1\nline 2\na\nb\nc\n", lines.files.read("out.txt").orElseThrow());
        assertEquals("", lines.run("while true; do echo x; break; done | echo -n"));
    }

    @Test
    void theLoopLimitEndsTheWholeLine() {
        String out = lines.run("while true; do echo x; done; echo after");
        assertEquals("x\n".repeat(1000) + "-bash: loop limit reached (1000 iterations) in this lab\n", out);
        assertEquals(1, lines.status());
        out = lines.run("for i in {1..1001}; do :; done");
        assertTrue(out.endsWith("-bash: loop limit reached (1000 iterations) in this lab\n"), out);
        assertEquals("999\n", lines.run("for i in $(seq 1 999); do n=$i; done; echo $n"));
    }

    @Test
    void nestedLoopsShareOneBudgetPerLine() {
        lines.commandsRun = 0;
        String out = lines.run("for i in $(seq 1 1000); do for j in $(seq 1 1000); do true; done; done");
        assertEquals("-bash: loop limit reached (10000 iterations on one line) in this lab\n", out);
        assertTrue(lines.commandsRun < 11_000, "stopped early: " + lines.commandsRun);
        assertEquals("ok\n", lines.run("for i in 1 2; do true; done; echo ok"), "the next line starts afresh");
    }

    @Test
    void invalidLoopVariable() {
        assertEquals("-bash: `1x': not a valid identifier\n", lines.run("for 1x in a b; do echo $1x; done"));
        assertEquals(1, lines.status());
    }

    @Test
    void arithmeticErrorsDropTheRestOfTheLine() {
        assertEquals("-bash: 5/0: division by 0 (error token is \"0\")\n", lines.run("x=0; echo before$((5/$x)); echo after"));
        assertEquals(1, lines.status());
        assertEquals("6 0 2\n", lines.run("a=3; b=a; echo $((a * 2)) $((1 - $a + b - 1)) $((b-1))"));
    }
}
