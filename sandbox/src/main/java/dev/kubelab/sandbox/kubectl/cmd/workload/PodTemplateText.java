package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.PodTemplateSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * describe.DescribePodTemplate as `rollout history --revision=N` prints it: through a tabwriter with
 * padding 2, where each run of consecutive "Title:\tvalue" lines shares one column width.
 */
public final class PodTemplateText {
    private PodTemplateText() {
    }

    public static String of(PodTemplateSpec template) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Pod Template:"});
        List<String> labels = new ArrayList<>();
        new TreeMap<>(template.labels()).forEach((k, v) -> labels.add(k + "=" + v));
        lines.add(new String[] {"  Labels:", labels.isEmpty() ? "<none>" : labels.get(0)});
        for (int i = 1; i < labels.size(); i++) {
            lines.add(new String[] {"", labels.get(i)});
        }
        List<String> annotations = new ArrayList<>();
        new TreeMap<>(template.annotations()).forEach((k, v) -> annotations.add(k + ": " + v));
        for (int i = 0; i < annotations.size(); i++) { // the block is left out when there are none
            lines.add(new String[] {i == 0 ? "  Annotations:" : "", annotations.get(i)});
        }
        lines.add(new String[] {"  Containers:"});
        for (Container c : template.spec().containers()) {
            lines.add(new String[] {"   " + c.name() + ":"});
            lines.add(new String[] {"    Image:", c.image()});
            ContainerPort port = c.ports().isEmpty() ? null : c.ports().get(0);
            String protocol = port == null ? "" : "/" + (port.protocol() == null ? "TCP" : port.protocol());
            lines.add(new String[] {"    Port:", port == null ? "<none>" : port.containerPort() + protocol});
            lines.add(new String[] {"    Host Port:", port == null ? "<none>" : "0" + protocol});
            if (!c.command().isEmpty()) {
                lines.add(new String[] {"    Command:"});
                c.command().forEach(a -> lines.add(new String[] {"      " + a}));
            }
            if (!c.args().isEmpty()) {
                lines.add(new String[] {"    Args:"});
                c.args().forEach(a -> lines.add(new String[] {"      " + a}));
            }
            lines.add(new String[] {"    Environment:", "<none>"});
            lines.add(new String[] {"    Mounts:", c.volumeMounts().isEmpty() ? "<none>" : c.volumeMounts().size()
                    + " mount(s)"});
        }
        lines.add(new String[] {"  Volumes:", template.spec().volumes().isEmpty() ? "<none>"
                : template.spec().volumes().size() + " volume(s)"});
        lines.add(new String[] {"  Node-Selectors:", template.spec().nodeSelector().isEmpty() ? "<none>"
                : String.join(",", template.spec().nodeSelector().keySet())});
        lines.add(new String[] {"  Tolerations:", "<none>"});
        return align(lines);
    }

    /** Go tabwriter, padding 2: a block of consecutive two-cell lines pads its first cells to one width. */
    private static String align(List<String[]> lines) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).length == 1) {
                out.append(lines.get(i)[0]).append('\n');
                i++;
                continue;
            }
            int end = i;
            int width = 0;
            while (end < lines.size() && lines.get(end).length == 2) {
                width = Math.max(width, lines.get(end)[0].length());
                end++;
            }
            for (int j = i; j < end; j++) {
                String[] l = lines.get(j);
                out.append(l[0]).append(" ".repeat(width - l[0].length() + 2)).append(l[1]).append('\n');
            }
            i = end;
        }
        return out.toString();
    }
}
