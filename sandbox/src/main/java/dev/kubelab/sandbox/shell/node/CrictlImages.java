package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageInfo;
import dev.kubelab.sandbox.catalog.ImageRef;
import dev.kubelab.sandbox.kubectl.print.TableWriter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.TreeMap;

/**
 * `crictl images`: what containerd has pulled on this node — the image of every container of its pods and the
 * pause image — sorted by name, with a short image id and go-units' HumanSize (4 significant digits, kB/MB).
 */
final class CrictlImages {
    /** registry.k8s.io/pause:3.10 as kubeadm pre-pulls it. */
    private static final long PAUSE_SIZE = 320368;

    private CrictlImages() {
    }

    static String table(List<Pod> podsOnNode) {
        ImageCatalog catalog = ImageCatalog.standard();
        TreeMap<String, List<String>> rows = new TreeMap<>();
        rows.put("registry.k8s.io/pause:3.10", row("registry.k8s.io/pause", "3.10", PAUSE_SIZE));
        for (Pod p : podsOnNode) {
            for (Container c : p.spec().containers()) {
                ImageRef ref = ImageRef.parse(c.image());
                long size = catalog.lookup(c.image()).map(ImageInfo::size).orElse(0L);
                String tag = ref.tag() == null ? "<none>" : ref.tag();
                rows.putIfAbsent(ref.repository() + ":" + tag, row(ref.repository(), tag, size));
            }
        }
        TableWriter table = new TableWriter(20);
        table.row(List.of("IMAGE", "TAG", "IMAGE ID", "SIZE"));
        rows.values().forEach(table::row);
        return table.render();
    }

    private static List<String> row(String repository, String tag, long size) {
        return List.of(repository, tag, imageId(repository + ":" + tag), humanSize(size));
    }

    /** The short id (13 hex digits) of an image as containerd stores it, the same in `crictl ps`. */
    static String imageId(String image) {
        ImageRef ref = ImageRef.parse(image);
        return NodeProcesses.sandboxId("image " + ref.repository() + ":" + ref.tag()).substring(0, 13);
    }

    /** go-units HumanSize: "%.4g" of the size in powers of 1000, then B, kB, MB, GB. */
    static String humanSize(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double size = bytes;
        int unit = 0;
        while (size >= 1000 && unit < units.length - 1) {
            size /= 1000;
            unit++;
        }
        String digits = new BigDecimal(size).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return digits + units[unit];
    }
}
