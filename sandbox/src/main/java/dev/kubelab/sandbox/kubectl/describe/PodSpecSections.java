package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.ProjectedVolume;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.api.Volume;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;

import java.util.List;

/**
 * describeVolumes and printPodTolerationsMultiline, shared by describe pod and the "Pod Template:" block
 * (space "  " there: titles indented by two, volume names by one more space).
 */
final class PodSpecSections {
    private PodSpecSections() {
    }

    static void volumes(DescribeWriter w, List<Volume> volumes, String space) {
        if (volumes.isEmpty()) {
            w.line(space + "Volumes:\t<none>");
            return;
        }
        w.line(space + "Volumes:");
        String nameIndent = space.isEmpty() ? "" : " ";
        for (Volume v : volumes) {
            w.write(1, nameIndent + v.name() + ":\n");
            if (v.hostPath() != null) {
                w.write(2, "Type:\tHostPath (bare host directory volume)\n    Path:\t" + v.hostPath().path()
                        + "\n    HostPathType:\t" + (v.hostPath().type() == null ? "" : v.hostPath().type()) + "\n");
            } else if (v.emptyDir() != null) {
                String medium = v.emptyDir().medium() == null ? "" : v.emptyDir().medium();
                String limit = v.emptyDir().sizeLimit() == null ? "<unset>" : v.emptyDir().sizeLimit();
                w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t"
                        + medium + "\n    SizeLimit:\t" + limit + "\n");
            } else if (v.projected() != null) {
                projected(w, v.projected());
            } else if (v.configMap() != null) {
                w.write(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t" + v.configMap().name()
                        + "\n    Optional:\tfalse\n");
            }
        }
    }

    /** printProjectedVolumeSource: one line per source, in the volume's order. */
    private static void projected(DescribeWriter w, ProjectedVolume projected) {
        w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for (ProjectedVolume.Source source : projected.sources()) {
            if (source.downwardAPI() != null) {
                w.write(2, "DownwardAPI:\ttrue\n");
            } else if (source.configMap() != null) {
                w.write(2, "ConfigMapName:\t" + source.configMap().name() + "\n    ConfigMapOptional:\t<nil>\n");
            } else if (source.serviceAccountToken() != null) {
                w.write(2, "TokenExpirationSeconds:\t" + source.serviceAccountToken().expirationSeconds() + "\n");
            }
        }
    }

    /** printPodTolerationsMultiline: key[=value][:effect][ op=Exists][ for Ns], one per line. */
    static void tolerations(DescribeWriter w, String title, List<Toleration> tolerations) {
        w.write(0, title + ":\t");
        if (tolerations.isEmpty()) {
            w.write(0, "<none>\n");
            return;
        }
        boolean first = true;
        for (Toleration t : tolerations) {
            StringBuilder sb = new StringBuilder(first ? "" : "\t");
            first = false;
            String key = PodDescriber.orEmpty(t.key());
            String value = PodDescriber.orEmpty(t.value());
            String effect = PodDescriber.orEmpty(t.effect());
            sb.append(key);
            if (!value.isEmpty()) {
                sb.append('=').append(value);
            }
            if (!effect.isEmpty()) {
                sb.append(':').append(effect);
            }
            if ("Exists".equals(t.operator()) && value.isEmpty()) {
                sb.append(key.isEmpty() && effect.isEmpty() ? "op=Exists" : " op=Exists");
            }
            if (t.tolerationSeconds() != null) {
                sb.append(" for ").append(t.tolerationSeconds()).append('s');
            }
            w.write(0, sb.append('\n').toString());
        }
    }
}
