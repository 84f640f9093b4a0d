package dev.kubelab.sandbox.shell.vfs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Each path's permission bits and modification time. A folder's time moves when an entry is made or removed in
 * it, as on a real file system; the learner is root and umask 022 gives new files 0644 and folders 0755.
 */
final class Stamps {
    static final int FILE_MODE = 0644;
    static final int FOLDER_MODE = 0755;

    private final Map<String, Integer> modes = new HashMap<>();
    private final Map<String, Instant> times = new HashMap<>();
    private final Map<String, Instant> births = new HashMap<>();
    /** The time of entries never stamped: the image's own. */
    private final Instant built;

    Stamps(Instant built) {
        this.built = built;
    }

    void made(String path, int mode, Instant now) {
        modes.put(path, mode);
        births.put(path, now);
        touched(path, now);
        if (!path.equals("/")) {
            touched(Paths.parent(path), now);
        }
    }

    void touched(String path, Instant now) {
        times.put(path, now);
    }

    void removed(String path, Instant now) {
        String prefix = path + "/";
        modes.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        times.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        births.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        touched(Paths.parent(path), now);
    }

    void chmod(String path, int mode) {
        modes.put(path, mode);
    }

    int mode(String path, boolean directory) {
        return modes.getOrDefault(path, directory ? FOLDER_MODE : FILE_MODE);
    }

    Instant born(String path) {
        return births.getOrDefault(path, built);
    }

    Instant modified(String path) {
        return times.getOrDefault(path, built);
    }
}
