package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ObjectCodec;

import java.util.ArrayList;
import java.util.List;

/**
 * `-o custom-columns=HEADER:PATH,…` and `-o custom-columns-file=FILE` (cli-runtime printers/customcolumn.go):
 * one header line (unless --no-headers), then one row per object; a path with no result prints "&lt;none&gt;",
 * several results are joined by commas. Laid out by kubectl's tabwriter (padding 3).
 */
public final class CustomColumnsPrinter {
    /** One column: its header and the jsonpath template "{.path}" it evaluates. */
    record Column(String header, JsonPathTemplate path) {}

    private static final String MISSING_LINES = " Expected format is one line of space separated headers, one line"
            + " of space separated column specs.";

    private final List<Column> columns;
    private final boolean noHeaders;

    private CustomColumnsPrinter(List<Column> columns, boolean noHeaders) {
        this.columns = List.copyOf(columns);
        this.noHeaders = noHeaders;
    }

    /** NewCustomColumnsPrinterFromSpec; IllegalArgumentException with kubectl's message for a bad spec. */
    public static CustomColumnsPrinter fromSpec(String spec, boolean noHeaders) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("custom-columns format specified but no custom columns given");
        }
        List<Column> columns = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("unexpected custom-columns spec: " + part
                        + ", expected <header>:<json-path-expr>");
            }
            columns.add(new Column(part.substring(0, colon), RelaxedJsonPath.template(part.substring(colon + 1))));
        }
        return new CustomColumnsPrinter(columns, noHeaders);
    }

    /** NewCustomColumnsPrinterFromTemplate: a line of headers, then a line of paths, split on whitespace. */
    public static CustomColumnsPrinter fromTemplate(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 1 || (lines.length == 1 && lines[0].isEmpty())) {
            throw new IllegalArgumentException("invalid template, missing header line." + MISSING_LINES);
        }
        if (lines.length < 2 || (lines.length == 2 && lines[1].isEmpty())) {
            throw new IllegalArgumentException("invalid template, missing spec line." + MISSING_LINES);
        }
        List<String> headers = words(lines[0]);
        List<String> specs = words(lines[1]);
        if (headers.size() != specs.size()) {
            throw new IllegalArgumentException("number of headers (" + headers.size()
                    + ") and field specifications (" + specs.size() + ") don't match");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Column(headers.get(i), RelaxedJsonPath.template(specs.get(i))));
        }
        return new CustomColumnsPrinter(columns, false);
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The whole output: kubectl prints the objects as one list, so the header comes once. */
    public String print(List<? extends KubeObject> objects) {
        TableWriter table = new TableWriter();
        if (!noHeaders) {
            List<String> headers = new ArrayList<>();
            columns.forEach(c -> headers.add(c.header()));
            table.row(headers);
        }
        for (KubeObject o : objects) {
            Object tree = ObjectCodec.toTree(o);
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(cell(c.path(), tree));
            }
            table.row(cells);
        }
        return table.render();
    }

    private static String cell(JsonPathTemplate path, Object tree) {
        List<String> values = new ArrayList<>();
        for (JsonPathTemplate.Node n : path.nodes()) {
            if (n.type() == JsonPathTemplate.Type.EXPR) {
                for (Object v : JsonPathExpression.eval(n.text(), tree, tree)) {
                    values.add(GoValues.sprint(v));
                }
            }
        }
        return values.isEmpty() ? "<none>" : String.join(",", values);
    }
}
