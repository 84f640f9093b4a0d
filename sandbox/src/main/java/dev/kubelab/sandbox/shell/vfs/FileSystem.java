package dev.kubelab.sandbox.shell.vfs;

import dev.kubelab.sandbox.SimClock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The control plane's files as the learner sees them: a small in-memory tree, paths resolved
 * against the working directory. Only text files; permission bits and times are kept for ls and stat but not
 * enforced (the learner is root).
 */
public final class FileSystem {
    /** Keeps one sandbox's files small (the platform also limits line and message sizes). */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    public static final int MAX_FILES = 500;

    /** When the OS image's own files were made (Ubuntu 22.04.5's release week); a guess, but a plausible one. */
    public static final Instant IMAGE_TIME = Instant.parse("2024-09-11T14:05:00Z");

    private final TreeMap<String, String> files = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>();
    private final Stamps stamps;
    /** What stamps new and changed entries: the image's time while a host is set up, then the lab clock. */
    private SimClock clock;
    /** Who the entries made from now on belong to: the user the shell runs as. */
    private Owner maker = Owner.ROOT;
    private String cwd = "/root";

    public FileSystem() {
        this(IMAGE_TIME);
    }

    /** A file system whose own folders (and what is written before {@link #stampWith}) date from {@code built}. */
    public FileSystem(Instant built) {
        stamps = new Stamps(built);
        clock = () -> built;
        directories.addAll(java.util.List.of("/", "/root", "/tmp", "/etc", "/etc/kubernetes",
                "/etc/kubernetes/manifests", "/dev", "/var", "/var/log"));
        stamps.chmod("/root", 0700);
        stamps.chmod("/tmp", 01777);
    }

    /** From now on entries are made and changed at this clock's time, by root. */
    public void stampWith(SimClock clock) {
        stampWith(clock, Owner.ROOT);
    }

    /** From now on entries are made and changed at this clock's time, by this user (curl_user in its image). */
    public void stampWith(SimClock clock, Owner owner) {
        this.clock = clock;
        this.maker = owner;
    }

    /** Gives an entry to another owner (chown); an entry made later at that path starts afresh. */
    public void chown(String path, Owner owner) {
        stamps.chown(resolve(path), owner);
    }

    /** Sets an entry's permission bits (chmod); an entry made later at that path starts afresh. */
    public void chmod(String path, int mode) {
        stamps.chmod(resolve(path), mode);
    }

    /** What stat(2) says about an entry, if it exists. */
    public Optional<FileInfo> stat(String path) {
        String p = resolve(path);
        if (directories.contains(p)) {
            long subfolders = list(p).stream().filter(n -> n.endsWith("/")).count();
            return Optional.of(stamps.info(p, true, FileInfo.BLOCK, 2 + (int) subfolders));
        }
        String content = files.get(p);
        return content == null ? Optional.empty()
                : Optional.of(stamps.info(p, false, content.getBytes(StandardCharsets.UTF_8).length, 1));
    }

    public String cwd() {
        return cwd;
    }

    public String resolve(String path) {
        return Paths.absolute(cwd, path);
    }

    public Optional<String> read(String path) {
        return Optional.ofNullable(files.get(resolve(path)));
    }

    public boolean isDirectory(String path) {
        return directories.contains(resolve(path));
    }

    public boolean exists(String path) {
        String p = resolve(path);
        return files.containsKey(p) || directories.contains(p);
    }

    /** Writes (or appends to) a file; the error text bash would print, or empty on success. */
    public Optional<String> write(String path, String content, boolean append) {
        String p = resolve(path);
        if (directories.contains(p)) {
            return Optional.of(path + ": Is a directory");
        }
        if (!directories.contains(Paths.parent(p))) {
            return Optional.of(path + ": No such file or directory");
        }
        if (!files.containsKey(p) && files.size() >= MAX_FILES) {
            return Optional.of(path + ": No space left on device");
        }
        String next = append ? files.getOrDefault(p, "") + content : content;
        if (next.length() > MAX_FILE_BYTES) {
            return Optional.of(path + ": File too large");
        }
        stamps.wrote(p, !files.containsKey(p), clock.now(), maker);
        files.put(p, next);
        return Optional.empty();
    }

    /** Names directly inside a folder, sorted; sub-folders end with "/". */
    public java.util.List<String> list(String path) {
        return Paths.children(resolve(path), directories, files.navigableKeySet());
    }

    /** mv of a file: the same entry (mode, owner, times) under another name; the error text, or empty. */
    public Optional<String> move(String from, String to) {
        String source = resolve(from);
        String target = resolve(to);
        if (!files.containsKey(source) || directories.contains(target) || !directories.contains(Paths.parent(target))) {
            return Optional.of(to + ": No such file or directory");
        }
        files.put(target, files.remove(source));
        stamps.moved(source, target, clock.now());
        return Optional.empty();
    }

    /** Changes the working directory; the error text bash prints, or empty. */
    public Optional<String> changeDirectory(String path) {
        String p = resolve(path);
        if (files.containsKey(p)) {
            return Optional.of(path + ": Not a directory");
        }
        if (!directories.contains(p)) {
            return Optional.of(path + ": No such file or directory");
        }
        cwd = p;
        return Optional.empty();
    }

    /** mkdir: the error text, or empty. With parents, missing folders above are made too. */
    public Optional<String> makeDirectory(String path, boolean parents) {
        String p = resolve(path);
        if (directories.contains(p) || files.containsKey(p)) {
            return parents && directories.contains(p) ? Optional.empty()
                    : Optional.of("cannot create directory ‘" + path + "’: File exists");
        }
        if (!directories.contains(Paths.parent(p))) {
            if (!parents) {
                return Optional.of("cannot create directory ‘" + path + "’: No such file or directory");
            }
            makeDirectory(Paths.parent(p), true);
        }
        if (directories.size() + files.size() >= MAX_FILES) {
            return Optional.of("cannot create directory ‘" + path + "’: No space left on device");
        }
        directories.add(p);
        stamps.made(p, Stamps.FOLDER_MODE, clock.now(), maker);
        return Optional.empty();
    }

    /** rm: files, or folders when recursive. The error text, or empty. */
    public Optional<String> remove(String path, boolean recursive) {
        String p = resolve(path);
        if (files.remove(p) != null) {
            stamps.removed(p, clock.now());
            return Optional.empty();
        }
        if (!directories.contains(p)) {
            return Optional.of("cannot remove '" + path + "': No such file or directory");
        }
        if (!recursive) {
            return Optional.of("cannot remove '" + path + "': Is a directory");
        }
        String prefix = p.equals("/") ? "/" : p + "/";
        files.keySet().removeIf(f -> f.startsWith(prefix));
        directories.removeIf(d -> d.equals(p) || d.startsWith(prefix));
        directories.add("/");
        stamps.removed(p, clock.now());
        if (!directories.contains(cwd)) {
            cwd = "/";
        }
        return Optional.empty();
    }
}
