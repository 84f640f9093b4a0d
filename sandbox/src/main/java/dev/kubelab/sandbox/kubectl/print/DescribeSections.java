package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The blocks every describer shares: printLabelsMultiline, printAnnotationsMultiline, DescribeEvents. */
public final class DescribeSections {
    private static final int MAX_ANNOTATION_LEN = 140;
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private DescribeSections() {
    }

    /** "Labels:\tk=v" then "\tk2=v2" lines, sorted; "&lt;none&gt;" when empty. */
    public static void labels(DescribeWriter w, String title, Map<String, String> labels) {
        w.write(0, title + ":\t");
        if (labels.isEmpty()) {
            w.write(0, "<none>\n");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            if (!first) {
                w.write(0, "\t");
            }
            w.write(0, e.getKey() + "=" + e.getValue() + "\n");
            first = false;
        }
    }

    /** "Annotations:\tk: v", last-applied-configuration hidden; long or multi-line values get their own lines. */
    public static void annotations(DescribeWriter w, Map<String, String> annotations) {
        annotations(w, "Annotations", annotations);
    }

    /** The same under another title ("  Annotations" in a pod template). */
    public static void annotations(DescribeWriter w, String title, Map<String, String> annotations) {
        w.write(0, title + ":\t");
        TreeMap<String, String> shown = new TreeMap<>(annotations);
        shown.remove(LAST_APPLIED);
        if (shown.isEmpty()) {
            w.write(0, "<none>\n");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            if (!first) {
                w.write(0, "\t");
            }
            first = false;
            String value = e.getValue().endsWith("\n") ? e.getValue().substring(0, e.getValue().length() - 1)
                    : e.getValue();
            if (value.length() + e.getKey().length() + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
                w.write(0, e.getKey() + ":\n");
                for (String s : value.split("\n", -1)) {
                    w.write(0, "\t  " + shorten(s, MAX_ANNOTATION_LEN - 2) + "\n");
                }
            } else {
                w.write(0, e.getKey() + ": " + value + "\n");
            }
        }
    }

    /** "Events:\t&lt;none&gt;", or the Type/Reason/Age/From/Message table sorted by last time seen. */
    public static void events(DescribeWriter w, List<Event> events, Instant now) {
        if (events.isEmpty()) {
            w.write(0, "Events:\t<none>\n");
            return;
        }
        w.flush();
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(e -> e.lastTimestamp() == null ? Instant.EPOCH : e.lastTimestamp()));
        w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        w.write(1, "----\t------\t----\t----\t-------\n");
        for (Event e : sorted) {
            String first = ColumnSet.age(e.firstTimestamp(), now);
            String interval = e.count() > 1
                    ? ColumnSet.age(e.lastTimestamp(), now) + " (x" + e.count() + " over " + first + ")" : first;
            String from = e.sourceComponent() != null && !e.sourceComponent().isEmpty() ? e.sourceComponent()
                    : e.reportingComponent() == null ? "" : e.reportingComponent();
            w.write(1, e.type() + "\t" + e.reason() + "\t" + interval + "\t" + from + "\t"
                    + (e.message() == null ? "" : e.message().strip()) + "\n");
        }
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
