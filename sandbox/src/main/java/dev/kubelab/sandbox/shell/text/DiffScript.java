package dev.kubelab.sandbox.shell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that turn one list of lines into another: a longest common subsequence after the common head and
 * tail are set aside, as GNU diff does first. Where several shortest scripts exist, lines of the first file are
 * deleted before lines of the second are added ("1d0 … 2a2" for x,y against y,x). Very large differences (more
 * than {@link #MAX_CELLS} comparisons) become one change of the whole middle.
 */
final class DiffScript {
    static final long MAX_CELLS = 4_000_000;

    /** Lines [aFrom, aTo) of the first file replaced by lines [bFrom, bTo) of the second (0-based). */
    record Change(int aFrom, int aTo, int bFrom, int bTo) {}

    private DiffScript() {
    }

    static List<Change> changes(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        List<Change> changes = new ArrayList<>();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            changes.add(new Change(head, head + n, head, head + m));
            return changes;
        }
        // lcs[i][j]: the longest common subsequence of a's middle from i and b's middle from j
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                i++;
                j++;
                continue;
            }
            int fromI = i;
            int fromJ = j;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                    break;
                }
                if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            changes.add(new Change(head + fromI, head + i, head + fromJ, head + j));
        }
        return changes;
    }
}
