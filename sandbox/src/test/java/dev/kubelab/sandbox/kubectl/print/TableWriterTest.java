package dev.kubelab.sandbox.kubectl.print;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TableWriterTest {
    @Test
    void columnsAreWidestCellPlusThreeAndTheLastIsNotPadded() {
        String out = new TableWriter()
                .row(List.of("NAME", "READY", "AGE"))
                .row(List.of("a-long-name", "1/1", "5s"))
                .render();
        assertEquals("NAME          READY   AGE\n"
                + "a-long-name   1/1     5s\n", out);
    }

    @Test
    void narrowColumnsAreAtLeastSixWide() {
        String out = new TableWriter().row(List.of("A", "B", "C")).row(List.of("x", "yy", "z")).render();
        assertEquals("A     B     C\nx     yy    z\n", out);
    }

    @Test
    void noTrailingSpaces() {
        String out = new TableWriter().row(List.of("NAME", "LABELS")).row(List.of("n", "k=v,long=label")).render();
        out.lines().forEach(l -> assertFalse(l.endsWith(" "), "trailing space in [" + l + "]"));
    }

    @Test
    void widthCountsCharactersNotBytes() {
        String out = new TableWriter().row(List.of("ÄÖÜ-name", "x")).row(List.of("b", "y")).render();
        assertEquals("ÄÖÜ-name   x\nb          y\n", out);
    }
}
