package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicationController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns objects of one kind into the table kubectl prints (cli-runtime tableprinter decorateTable). */
public final class TablePrinter {
    private TablePrinter() {
    }

    /** The column set of a kind, if kubectl get can show it yet. */
    public static Optional<ColumnSet<? extends KubeObject>> columnsFor(Kind kind) {
        return Optional.ofNullable(switch (kind) {
            case NODE -> new NodeColumns();
            case POD -> new PodColumns();
            case SERVICE -> new ServiceColumns();
            case ENDPOINTS -> new EndpointsColumns();
            case ENDPOINTSLICE -> new EndpointSliceColumns();
            case DEPLOYMENT -> new DeploymentColumns();
            case REPLICASET -> new ReplicaSetColumns<ReplicaSet>();
            case DAEMONSET -> new DaemonSetColumns();
            case STATEFULSET -> new StatefulSetColumns();
            case REPLICATIONCONTROLLER -> new ReplicaSetColumns<ReplicationController>();
            case NAMESPACE -> new NamespaceColumns();
            case CONFIGMAP -> new ConfigMapColumns();
            case EVENT -> new EventColumns();
            default -> null;
        });
    }

    /** The table text ("\n" line ends), or "" when there are no objects: no rows, no header. */
    public static String print(Kind kind, List<? extends KubeObject> objects, PrintOptions options, Instant now) {
        if (objects.isEmpty()) {
            return "";
        }
        TableWriter table = new TableWriter();
        if (!options.noHeaders()) {
            table.row(header(kind, options));
        }
        for (KubeObject o : objects) {
            table.row(row(kind, o, options, now));
        }
        return table.render();
    }

    /** The header line's cells, NAMESPACE and label columns included. */
    public static List<String> header(Kind kind, PrintOptions options) {
        return decorate(columns(kind).headers(options.wide()), options, "NAMESPACE", labelHeaders(options), "LABELS");
    }

    /** One object's cells as of {@code now} (AGE…), decorated like its header. */
    public static List<String> row(Kind kind, KubeObject o, PrintOptions options, Instant now) {
        List<String> cells = new ArrayList<>(columns(kind).row(o, now, options.wide()));
        if (options.withKind()) {
            cells.set(0, kind.qualifiedLowerKind() + "/" + cells.get(0));
        }
        return decorate(cells, options, o.metadata().namespace(), labelCells(o, options),
                Labels.format(o.metadata().labels()));
    }

    @SuppressWarnings("unchecked")
    private static ColumnSet<KubeObject> columns(Kind kind) {
        return (ColumnSet<KubeObject>) columnsFor(kind).orElseThrow();
    }

    private static List<String> decorate(List<String> cells, PrintOptions options, String namespace,
                                         List<String> labelColumns, String labels) {
        List<String> out = new ArrayList<>(cells.size() + 2);
        if (options.withNamespace()) {
            out.add(namespace);
        }
        for (String c : cells) {
            out.add(singleLine(c));
        }
        out.addAll(labelColumns);
        if (options.showLabels()) {
            out.add(labels);
        }
        return out;
    }

    /** formatLabelHeaders: the -L key's last "/" segment, upper-cased. */
    private static List<String> labelHeaders(PrintOptions options) {
        List<String> out = new ArrayList<>();
        for (String key : options.labelColumns()) {
            out.add(key.substring(key.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** One cell per -L key: the label's value, or "" when the object does not have it. */
    private static List<String> labelCells(KubeObject o, PrintOptions options) {
        List<String> out = new ArrayList<>();
        for (String key : options.labelColumns()) {
            out.add(o.metadata().labels().getOrDefault(key, ""));
        }
        return out;
    }

    /** A cell with a line break is cut at the first \n, \r or \f and gets "...". */
    private static String singleLine(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\f') {
                return cell.substring(0, i) + "...";
            }
        }
        return cell;
    }
}
