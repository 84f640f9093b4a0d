package dev.kubelab.sandbox.kubectl.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.PrinterColumn;
import dev.kubelab.sandbox.codec.JsonEmitter;
import dev.kubelab.sandbox.kubectl.print.HumanDuration;
import dev.kubelab.sandbox.kubectl.print.TableWriter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server-side table of a generic kind: NAME, then its printer columns (a CRD's additionalPrinterColumns:
 * missing values are empty cells, arrays and objects print as JSON).
 */
final class GenericTable {
    private GenericTable() {
    }

    static String print(GenericType type, List<GenericObject> objects, boolean wide, boolean withNamespace,
                        boolean noHeaders, boolean showLabels, Instant now) {
        TableWriter table = new TableWriter();
        List<PrinterColumn> columns = new ArrayList<>();
        for (PrinterColumn c : type.columns()) {
            if (wide || c.priority() == 0) {
                columns.add(c);
            }
        }
        if (!noHeaders) {
            List<String> header = new ArrayList<>();
            if (withNamespace) {
                header.add("NAMESPACE");
            }
            header.add("NAME");
            columns.forEach(c -> header.add(c.header()));
            if (showLabels) {
                header.add("LABELS");
            }
            table.row(header);
        }
        for (GenericObject o : objects) {
            List<String> row = new ArrayList<>();
            if (withNamespace) {
                row.add(o.metadata().namespace());
            }
            row.add(o.metadata().name());
            columns.forEach(c -> row.add(cell(o, c.source(), now)));
            if (showLabels) {
                row.add(labels(o.metadata().labels()));
            }
            table.row(row);
        }
        return table.render();
    }

    static String cell(GenericObject o, String source, Instant now) {
        switch (source) {
            case PrinterColumn.AGE:
                return HumanDuration.format(Duration.between(o.metadata().creationTimestamp(), now));
            case PrinterColumn.CREATED_AT:
                return o.metadata().creationTimestamp().truncatedTo(ChronoUnit.SECONDS).toString();
            case PrinterColumn.ROLE_REF:
                Object ref = o.body().get("roleRef");
                return ref instanceof Map ? ((Map<?, ?>) ref).get("kind") + "/" + ((Map<?, ?>) ref).get("name") : "";
            default:
                break;
        }
        if (source.startsWith(PrinterColumn.COUNT)) {
            Object v = at(o, source.substring(PrinterColumn.COUNT.length()));
            return String.valueOf(v instanceof List ? ((List<?>) v).size() : v instanceof Map ? ((Map<?, ?>) v).size()
                    : 0);
        }
        Object v = at(o, source);
        if (v == null) {
            return "";
        }
        return v instanceof List || v instanceof Map ? JsonEmitter.compact(v) : String.valueOf(v);
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "<none>";
        }
        List<String> pairs = new ArrayList<>();
        new java.util.TreeMap<>(labels).forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(",", pairs);
    }

    /** A simple ".a.b" path into the body. */
    private static Object at(GenericObject o, String path) {
        Object current = o.body();
        for (String key : path.substring(1).split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<?, ?>) current).get(key);
        }
        return current;
    }
}
