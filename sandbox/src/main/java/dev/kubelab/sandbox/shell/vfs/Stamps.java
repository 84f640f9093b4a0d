package dev.kubelab.sandbox.shell.vfs;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each path's permission bits, owner (when not root), birth and modification time. A folder's time moves when an
 * entry is made or removed in it, as on a real file system; umask 022 gives new files 0644 and folders 0755.
 * Only what differs from the defaults is kept (every sandbox has several file systems): the usual mode, root as
 * owner, the image's time, a birth equal to the modification time.
 */
final class Stamps {
    static final int FILE_MODE = 0644;
    static final int FOLDER_MODE = 0755;

    private final Map<String, Integer> modes = new HashMap<>();
    private final Map<String, Instant> times = new HashMap<>();
    private final Map<String, Instant> births = new HashMap<>();
    private final Map<String, Owner> owners = new HashMap<>();
    /** The time of entries never stamped: the image's own. */
    private final Instant built;

    Stamps(Instant built) {
        this.built = built;
    }

    void made(String path, int mode, Instant now, Owner owner) {
        if (mode == FILE_MODE || mode == FOLDER_MODE) {
            modes.remove(path); // the default of the entry's kind (FileSystem makes files 0644, folders 0755)
        } else {
            modes.put(path, mode);
        }
        chown(path, owner);
        births.remove(path); // born now: the birth is the modification time until the first change
        setTime(path, now);
        if (!path.equals("/")) {
            touched(Paths.parent(path), now);
        }
    }

    /** A file written: made first when new. */
    void wrote(String path, boolean isNew, Instant now, Owner owner) {
        if (isNew) {
            made(path, FILE_MODE, now, owner);
        }
        touched(path, now);
    }

    void touched(String path, Instant now) {
        Instant before = times.getOrDefault(path, built);
        if (!births.containsKey(path) && !before.equals(now)) {
            births.put(path, before); // the first change after birth: from now on they differ
        }
        setTime(path, now);
    }

    private void setTime(String path, Instant now) {
        if (now.equals(built)) {
            times.remove(path);
        } else {
            times.put(path, now);
        }
    }

    void removed(String path, Instant now) {
        String prefix = path + "/";
        modes.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        times.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        births.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        owners.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
        touched(Paths.parent(path), now);
    }

    /** A file renamed: its stamps go with it; both folders change. */
    void moved(String from, String to, Instant now) {
        for (Map<String, ?> map : List.of(modes, times, births, owners)) {
            move(map, from, to);
        }
        touched(Paths.parent(from), now);
        touched(Paths.parent(to), now);
    }

    private static <T> void move(Map<String, T> map, String from, String to) {
        T value = map.remove(from);
        map.remove(to);
        if (value != null) {
            map.put(to, value);
        }
    }

    void chown(String path, Owner owner) {
        if (owner.equals(Owner.ROOT)) {
            owners.remove(path);
        } else {
            owners.put(path, owner);
        }
    }

    Owner owner(String path) {
        return owners.getOrDefault(path, Owner.ROOT);
    }

    void chmod(String path, int mode) {
        modes.put(path, mode);
    }

    /** What stat says of an entry, given what only the file system knows: its kind, size and link count. */
    FileInfo info(String path, boolean directory, long size, int links) {
        Instant time = times.getOrDefault(path, built);
        return new FileInfo(path, directory, modes.getOrDefault(path, directory ? FOLDER_MODE : FILE_MODE), size,
                time, links, births.getOrDefault(path, time), owner(path));
    }
}
