package dev.kubelab.sandbox.shell.vfs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What stat(2) tells about one file or folder of the sandbox: its permission bits, size, modification time, link
 * count, birth time and owner. Folders take one 4 KiB ext4 block, files whole 4 KiB blocks.
 */
public record FileInfo(String path, boolean directory, int mode, long size, Instant modified, int links,
                       Instant born, Owner owner) {
    public static final int BLOCK = 4096;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** An entry of root's, born when it was last modified. */
    public FileInfo(String path, boolean directory, int mode, long size, Instant modified, int links) {
        this(path, directory, mode, size, modified, links, modified, Owner.ROOT);
    }

    /** The name after the last slash ("/" for the root). */
    public String name() {
        return path.equals("/") ? "/" : path.substring(path.lastIndexOf('/') + 1);
    }

    /** A time as stat and diff -u print it (GNU's full-iso): "2026-11-27 10:00:00.000000000 +0000". */
    public static String fullIso(Instant t) {
        return SECONDS.format(t) + String.format(".%09d +0000", t.getNano());
    }

    /** The same to the second, as BusyBox's stat prints it: "2026-11-27 10:00:00". */
    public static String seconds(Instant t) {
        return SECONDS.format(t);
    }

    /** 1 KiB blocks in use, as `ls -s` and the "total" line count them (st_blocks / 2). */
    public long kilobytes() {
        return (size + BLOCK - 1) / BLOCK * (BLOCK / 1024);
    }

    /** 512-byte blocks (stat's %b). */
    public long sectors() {
        return kilobytes() * 2;
    }

    /** "drwxr-xr-x", "-rw-r--r--", "drwxrwxrwt": the type letter and rwx triplets with setuid/setgid/sticky. */
    public String modeString() {
        StringBuilder out = new StringBuilder(directory ? "d" : "-");
        String rwx = "rwxrwxrwx";
        for (int bit = 0; bit < 9; bit++) {
            out.append((mode & (0400 >> bit)) != 0 ? rwx.charAt(bit) : '-');
        }
        special(out, 3, (mode & 04000) != 0, 's');
        special(out, 6, (mode & 02000) != 0, 's');
        special(out, 9, (mode & 01000) != 0, 't');
        return out.toString();
    }

    /** An execute slot with the special bit: lower case when executable too, upper case when not. */
    private static void special(StringBuilder out, int at, boolean set, char letter) {
        if (set) {
            out.setCharAt(at, out.charAt(at) == 'x' ? letter : Character.toUpperCase(letter));
        }
    }
}
