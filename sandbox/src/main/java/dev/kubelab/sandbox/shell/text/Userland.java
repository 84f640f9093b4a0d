package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;

/**
 * Whose text tools a machine has: GNU coreutils, grep, sed (the nodes, Debian images) or BusyBox's applets
 * (busybox, alpine and curl images). Their complaints differ: GNU "cat: x: No such file or directory" and
 * "Try 'cat --help' …", BusyBox "cat: can't open 'x': No such file or directory" (bb_perror_msg) and its usage.
 */
public enum Userland {
    GNU,
    /** The busybox image's applets, built on glibc: getopt complains as GNU's tools do. */
    BUSYBOX,
    /** Alpine's (alpine, curlimages/curl): musl's getopt says "unrecognized option: x". */
    BUSYBOX_MUSL;

    /** After getopt's complaint: GNU's hint, or BusyBox's banner and usage (the applet then exits 1). */
    public int rejectOption(String program, String complaint, Streams io) {
        io.err().println(this == BUSYBOX_MUSL ? musl(complaint) : complaint);
        if (this == GNU) {
            io.err().println("Try '" + program + " --help' for more information.");
        } else {
            BusyboxApplet.usageOf(program).ifPresent(io.err()::println);
        }
        return 1;
    }

    /** musl getopt's words for glibc's complaint (musl src/misc/getopt.c and getopt_long.c). */
    private static String musl(String complaint) {
        return complaint.replaceFirst(": invalid option -- '(.)'$", ": unrecognized option: $1")
                .replaceFirst(": unrecognized option '--(.*)'$", ": unrecognized option: $1")
                .replaceFirst(": option requires an argument -- '(.)'$", ": option requires an argument: $1");
    }

    /**
     * A file an applet could not read: GNU names it and the reason; BusyBox's open_or_warn says "can't open" for a
     * missing file, and a folder opens but fails to read ("read error: Is a directory", bb_copyfd_eof).
     */
    public String unreadable(String program, String path, boolean folder) {
        if (this == GNU) {
            return program + ": " + path + ": " + (folder ? "Is a directory" : "No such file or directory");
        }
        return program + ": " + (folder ? "read error: Is a directory" : "can't open '" + path + "': No such file or directory");
    }
}
