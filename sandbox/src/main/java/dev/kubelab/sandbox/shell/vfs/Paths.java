package dev.kubelab.sandbox.shell.vfs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/** Path arithmetic without a file system: joining to a working directory, "." and "..", the parent folder. */
public final class Paths {
    private Paths() {
    }

    /** The absolute, normalised form of a path seen from a working directory. */
    public static String absolute(String cwd, String path) {
        if (normalised(path)) {
            return path; // the same instance: the files every host is built with share their path strings
        }
        String joined = path.startsWith("/") ? path : (cwd.equals("/") ? "" : cwd) + "/" + path;
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append('/').append(part);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** Already absolute and normal: no empty, "." or ".." part and no trailing slash. */
    private static boolean normalised(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        if (path.length() == 1) {
            return true;
        }
        if (path.endsWith("/")) {
            return false;
        }
        for (int start = 1; start <= path.length(); ) {
            int end = path.indexOf('/', start);
            int length = (end < 0 ? path.length() : end) - start;
            boolean dots = length <= 2 && path.startsWith(length == 1 ? "." : "..", start);
            if (length == 0 || dots) {
                return false; // "//", "/./" or "/../"
            }
            start = end < 0 ? path.length() + 1 : end + 1;
        }
        return true;
    }

    /** The folder holding an absolute path ("/" for top-level entries and for "/" itself). */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The names directly inside a folder, sorted; sub-folders end with "/". */
    static List<String> children(String dir, NavigableSet<String> folders, NavigableSet<String> files) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        List<String> names = new ArrayList<>();
        folders.tailSet(prefix, false).stream().takeWhile(d -> d.startsWith(prefix))
                .filter(d -> d.indexOf('/', prefix.length()) < 0)
                .forEach(d -> names.add(d.substring(prefix.length()) + "/"));
        files.tailSet(prefix, false).stream().takeWhile(f -> f.startsWith(prefix))
                .filter(f -> f.indexOf('/', prefix.length()) < 0).forEach(f -> names.add(f.substring(prefix.length())));
        names.sort(null);
        return names;
    }
}
