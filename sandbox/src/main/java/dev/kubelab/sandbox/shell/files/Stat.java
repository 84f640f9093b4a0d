package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.Options;
import dev.kubelab.sandbox.shell.vfs.FileInfo;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Optional;

/**
 * stat [-c FORMAT] FILE…: GNU coreutils' report (nodes, Debian images) or BusyBox's (no Birth line, whole
 * seconds). The device number is the one a node's root disk or a container's overlay would plausibly have
 * (253:1 for /dev/vda1, 0:58 for an overlay mount): not read from any real system.
 */
public final class Stat implements Builtin {
    /** st_dev of a node's ext4 root (major 253, minor 1) and of a container's overlay (0:58). */
    public static final long NODE_DISK = 253 << 8 | 1;
    public static final long OVERLAY = 58;

    private final FileSystem files;
    private final long device;
    private final boolean busybox;

    public Stat(FileSystem files, long device, boolean busybox) {
        this.files = files;
        this.device = device;
        this.busybox = busybox;
    }

    @Override
    public String name() {
        return "stat";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("stat", args, "L", "c");
        if (o.error == null && o.operands.isEmpty()) {
            o.error = "stat: missing operand";
        }
        if (o.error != null) {
            io.err().println(o.error);
            if (!busybox) { // BusyBox prints its usage text here instead (not modelled)
                io.err().println("Try 'stat --help' for more information.");
            }
            return 1;
        }
        String format = o.values.containsKey('c') ? o.values.get('c') + "\n" : busybox ? StatFormat.BUSYBOX
                : StatFormat.GNU;
        int status = 0;
        for (String path : o.operands) {
            Optional<FileInfo> info = files.stat(path);
            if (info.isEmpty()) {
                io.err().println(busybox ? "stat: can't stat '" + path + "': No such file or directory"
                        : "stat: cannot statx '" + path + "': No such file or directory");
                status = 1;
                continue;
            }
            io.out().print(StatFormat.render(format, path, info.get(), device, busybox));
        }
        return status;
    }
}
