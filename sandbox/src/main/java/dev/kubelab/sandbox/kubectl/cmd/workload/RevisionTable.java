package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.controller.Revisions;

import java.util.List;

/**
 * DeploymentHistoryViewer's table (tabwriter, padding 2): REVISION and CHANGE-CAUSE (the
 * kubernetes.io/change-cause annotation, "&lt;none&gt;" when unset), oldest revision first.
 */
public final class RevisionTable {
    private static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    private RevisionTable() {
    }

    public static String render(List<ReplicaSet> history) {
        int width = "REVISION".length();
        for (ReplicaSet rs : history) {
            width = Math.max(width, Long.toString(Revisions.of(rs)).length());
        }
        StringBuilder out = new StringBuilder(pad("REVISION", width)).append("CHANGE-CAUSE\n");
        for (ReplicaSet rs : history) {
            String cause = rs.metadata().annotations().getOrDefault(CHANGE_CAUSE, "");
            out.append(pad(Long.toString(Revisions.of(rs)), width)).append(cause.isEmpty() ? "<none>" : cause)
                    .append('\n');
        }
        return out.toString();
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length() + 2);
    }
}
