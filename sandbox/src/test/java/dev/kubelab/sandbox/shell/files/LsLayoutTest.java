package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.shell.vfs.FileInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LsLayoutTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void gnuColumnsMustStayUnderEightyCharacters() {
        String a = "a".repeat(39);
        assertEquals(a + "\n" + a + "\n", LsColumns.gnu(List.of(a, a)), "39 + 2 + 39 = 80 does not fit");
        String b = "b".repeat(38);
        assertEquals(a + "  " + b + "\n", LsColumns.gnu(List.of(a, b)));
    }

    @Test
    void gnuColumnsAreAsWideAsTheirOwnLongestName() {
        List<String> names = List.of("a", "bbbbbbbbbb", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "1", "2", "3");
        assertEquals("a           c  e  g  i  k  m  o  q  s  u  w  y  1  3\n"
                + "bbbbbbbbbb  d  f  h  j  l  n  p  r  t  v  x  z  2\n", expandTabs(LsColumns.gnu(names)));
    }

    @Test
    void gnuPadsWithATabWhereTheBlanksReachATabStop() {
        assertEquals("etcd.yaml\t     kube-controller-manager.yaml\n"
                + "kube-apiserver.yaml  kube-scheduler.yaml\n", LsColumns.gnu(List.of("etcd.yaml",
                "kube-apiserver.yaml", "kube-controller-manager.yaml", "kube-scheduler.yaml")));
    }

    /** What a terminal shows: tabs to the next multiple of 8. */
    private static String expandTabs(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                do {
                    out.append(' ');
                    column++;
                } while (column % 8 != 0);
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    @Test
    void busyboxColumnsShareOneWidthAndFitInSeventyNine() {
        List<String> names = List.of("bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp",
                "usr", "var");
        // 7 wide, 79 / 7 = 11 columns, so 2 rows of 6 names down the columns
        assertEquals("bin    etc    lib    proc   sys    usr\ndev    home   lib64  root   tmp    var\n",
                LsColumns.busybox(names));
        assertEquals("", LsColumns.busybox(List.of()));
    }

    @Test
    void gnuHumanSizesRoundUp() {
        assertEquals("0", LsLong.gnuHuman(0));
        assertEquals("1023", LsLong.gnuHuman(1023));
        assertEquals("1.0K", LsLong.gnuHuman(1024));
        assertEquals("1.3K", LsLong.gnuHuman(1234));
        assertEquals("4.0K", LsLong.gnuHuman(4096));
        assertEquals("10K", LsLong.gnuHuman(10239));
        assertEquals("11K", LsLong.gnuHuman(10241));
        assertEquals("1.0M", LsLong.gnuHuman(1024 * 1024 - 1));
    }

    @Test
    void busyboxHumanSizesRoundToNearestAndKeepOneDecimal() {
        assertEquals("0", LsLong.busyboxHuman(0));
        assertEquals("1023", LsLong.busyboxHuman(1023));
        assertEquals("1.2K", LsLong.busyboxHuman(1234));
        assertEquals("12.1K", LsLong.busyboxHuman(12345));
        assertEquals("2.0K", LsLong.busyboxHuman(2047));
    }

    @Test
    void longLinesShowTheYearForOldTimes() {
        Listed recent = new Listed("a.txt", new FileInfo("/a.txt", false, 0644, 6, NOW.minusSeconds(60), 1));
        Listed old = new Listed("etc", new FileInfo("/etc", true, 0755, 4096,
                Instant.parse("2024-09-01T14:05:00Z"), 12));
        assertEquals(List.of("-rw-r--r--  1 root root    6 Nov 27 09:59 a.txt",
                "drwxr-xr-x 12 root root 4096 Sep  1  2024 etc"), LsLong.gnu(List.of(recent, old), false, NOW));
        assertEquals(List.of("-rw-r--r--    1 root     root             6 Nov 27 09:59 a.txt",
                "drwxr-xr-x   12 root     root          4096 Sep  1  2024 etc"),
                LsLong.busybox(List.of(recent, old), false, NOW));
    }

    @Test
    void modeStringsShowTheStickyBit() {
        assertEquals("drwxrwxrwt", new FileInfo("/tmp", true, 01777, 4096, NOW, 2).modeString());
    }
}
