package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.shell.vfs.FileInfo;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * stat's %-directives (%n %N %s %b %B %o %F %D %d %i %h %a %A %u %U %g %G %x %y %z %w %X %Y %Z %W) with printf
 * widths (%-10s, %04a, %10.10A), over one entry. Access and change times are the
 * modification time (the sandbox does not track reads or chmods).
 */
final class StatFormat {
    /** GNU coreutils 8.32's default_format for a file that is not a device. */
    static final String GNU = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
            + "Device: %Dh/%dd\tInode: %-10i  Links: %h\n"
            + "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
            + "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
    /** BusyBox 1.36's: no birth time. */
    static final String BUSYBOX = GNU.substring(0, GNU.indexOf(" Birth:"));
    private static final Pattern DIRECTIVE = Pattern.compile("%([-#+ 0-9.]*)([a-zA-Z%])");

    private StatFormat() {
    }

    /** device: major:minor as one number (st_dev); busybox: its time format (no nanoseconds, no zone). */
    static String render(String format, String shown, FileInfo info, long device, boolean busybox) {
        Matcher m = DIRECTIVE.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(2).charAt(0), shown, info, device, busybox);
            m.appendReplacement(out, Matcher.quoteReplacement(padded(m.group(1), value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(char directive, String shown, FileInfo info, long device, boolean busybox) {
        switch (directive) {
            case 'n': return shown;
            case 'N': return busybox || shown.matches("[\\w./@%+=:,^~-]+") ? shown : "'" + shown + "'";
            case 's': return String.valueOf(info.size());
            case 'b': return String.valueOf(info.sectors());
            case 'B': return "512";
            case 'o': return String.valueOf(FileInfo.BLOCK);
            case 'F': return info.directory() ? "directory" : info.size() == 0 ? "regular empty file" : "regular file";
            case 'D': return Long.toHexString(device);
            case 'd': return String.valueOf(device);
            case 'i': return String.valueOf(inode(info.path()));
            case 'h': return String.valueOf(info.links());
            case 'a': return Integer.toOctalString(info.mode());
            case 'A': return info.modeString();
            case 'u': return String.valueOf(info.owner().uid());
            case 'U': return info.owner().user();
            case 'g': return String.valueOf(info.owner().gid());
            case 'G': return info.owner().group();
            case 'x': case 'y': case 'z': return time(info.modified(), busybox);
            case 'w': return time(info.born(), busybox);
            case 'X': case 'Y': case 'Z': return String.valueOf(info.modified().getEpochSecond());
            case 'W': return String.valueOf(info.born().getEpochSecond());
            case '%': return "%";
            default: return "?";
        }
    }

    /** "2026-11-27 10:00:00.123456789 +0000" (GNU) or "2026-11-27 10:00:00.000000000" (BusyBox). */
    private static String time(Instant t, boolean busybox) {
        return busybox ? FileInfo.seconds(t) + ".000000000" : FileInfo.fullIso(t);
    }

    /** printf's flags and width for a value: "-10" pads right, "04" pads with zeros, "10.10" cuts too. */
    private static String padded(String flags, String value) {
        if (flags.isEmpty()) {
            return value;
        }
        if (flags.startsWith("0") && value.matches("\\d+")) {
            return String.format("%" + flags + "d", Long.parseLong(value));
        }
        return String.format("%" + flags + "s", value);
    }

    /** A stable inode number per path (ext4 gives the root folder 2). */
    static long inode(String path) {
        return path.equals("/") ? 2 : 131072 + Math.floorMod(path.hashCode(), 1 << 21);
    }
}
