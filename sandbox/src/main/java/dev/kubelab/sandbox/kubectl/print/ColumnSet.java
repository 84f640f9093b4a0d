package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.KubeObject;

import java.time.Instant;
import java.util.List;

/**
 * The columns of one kind as the server's table handler defines them (printers.go); NAME comes first.
 * Wide columns are only asked for with -o wide.
 */
public interface ColumnSet<T extends KubeObject> {
    List<String> headers(boolean wide);

    List<String> row(T object, Instant now, boolean wide);

    /** AGE cell: "&lt;unknown&gt;" for a zero timestamp, else HumanDuration since creation. */
    static String age(Instant created, Instant now) {
        return created == null ? "<unknown>" : HumanDuration.format(java.time.Duration.between(created, now));
    }
}
