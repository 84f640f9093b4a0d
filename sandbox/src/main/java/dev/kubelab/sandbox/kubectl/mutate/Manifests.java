package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.web.SimulatedInternet;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects of {@code -f FILE|DIR|-} (comma-separated for several; {@code -R} descends into folders), in
 * file order, each with the tree it was written as (apply keeps it as last-applied-configuration) and its source.
 * Folders contribute their .json, .yaml and .yml files in name order, as kubectl's FileVisitor does.
 */
public final class Manifests {
    public static final String STDIN = "STDIN";

    /**
     * One object of a file: where it came from, the tree as written, the decoded object. What the API server's
     * field validation says of the tree is only worked out when the object is sent ({@link FieldValidation}).
     */
    public record Manifest(String source, Map<?, ?> tree, KubeObject object) {
    }

    private Manifests() {
    }

    /** Reads and decodes everything; a missing path or a bad document throws UsageException (kubectl's text). */
    public static List<Manifest> read(KubectlContext ctx, String filenames, boolean recursive) {
        List<Manifest> out = new ArrayList<>();
        for (String name : filenames.split(",")) {
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("-")) {
                decode(ctx.io().in(), STDIN, out);
                continue;
            }
            if (SimulatedInternet.isUrl(name)) {
                decode(download(name), name, out);
                continue;
            }
            FileSystem fs = ctx.fileSystem();
            if (fs.isDirectory(name)) {
                readFolder(fs, name, recursive, true, out);
            } else {
                String content = fs.read(name).orElseThrow(
                        () -> new UsageException("the path \"" + name + "\" does not exist"));
                decode(content, name, out);
            }
        }
        return out;
    }

    private static String download(String url) {
        try {
            return SimulatedInternet.get(url);
        } catch (SimulatedInternet.FetchFailure e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void readFolder(FileSystem fs, String dir, boolean recursive, boolean top, List<Manifest> out) {
        if (!top && !recursive) {
            return;
        }
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        for (String entry : fs.list(dir)) {
            if (entry.endsWith("/")) {
                readFolder(fs, prefix + entry.substring(0, entry.length() - 1), recursive, false, out);
            } else if (entry.endsWith(".yaml") || entry.endsWith(".yml") || entry.endsWith(".json")) {
                decode(fs.read(prefix + entry).orElse(""), prefix + entry, out);
            }
        }
    }

    private static void decode(String content, String source, List<Manifest> out) {
        try {
            ObjectCodec.forEachObjectTree(content, source,
                    tree -> out.add(new Manifest(source, tree, ObjectCodec.fromTree(tree, source))));
        } catch (CodecException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
