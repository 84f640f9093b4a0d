package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.BusyboxApplet;
import dev.kubelab.sandbox.shell.text.Options;
import dev.kubelab.sandbox.shell.text.Userland;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * mkdir, rm, touch, cp and mv as BusyBox's applets: libbb's messages ("can't create directory 'x': File exists",
 * "can't remove 'x': …", "'x' is a directory", "can't stat 'x': …") and the usage text for a missing operand.
 */
public final class BusyboxFileCommands {
    private BusyboxFileCommands() {
    }

    public static List<Builtin> all(FileSystem files, Userland userland) {
        return List.of(
                SimpleBuiltins.of("mkdir", (args, io) -> each(userland, "mkdir", args, io, "p", "m", (path, o) ->
                        files.makeDirectory(path, o.has('p')).map(e -> "can't create directory '" + path + "': "
                                + reason(e)))),
                SimpleBuiltins.of("rm", (args, io) -> each(userland, "rm", args, io, "fiRrv", "", (path, o) -> {
                    Optional<String> error = files.remove(path, o.has('r') || o.has('R'));
                    if (error.isEmpty() || o.has('f') && reason(error.get()).startsWith("No such")) {
                        return Optional.empty();
                    }
                    return Optional.of(reason(error.get()).equals("Is a directory") ? "'" + path + "' is a directory"
                            : "can't remove '" + path + "': " + reason(error.get()));
                })),
                SimpleBuiltins.of("touch", (args, io) -> each(userland, "touch", args, io, "cham", "dtr",
                        (path, o) -> files.write(path, "", true).map(e -> path + ": " + reason(e)))),
                SimpleBuiltins.of("cp", (args, io) -> copy(userland, "cp", args, io, files)),
                SimpleBuiltins.of("mv", (args, io) -> copy(userland, "mv", args, io, files)));
    }

    private static int each(Userland userland, String applet, List<String> args, Streams io, String known, String withValue,
                            BiFunction<String, Options, Optional<String>> action) {
        Options o = Options.parse(applet, args, known, withValue);
        if (o.error != null) {
            return userland.rejectOption(applet, o.error, io);
        }
        if (o.operands.isEmpty()) {
            return o.has('f') ? 0 : BusyboxApplet.showUsage(applet, io);
        }
        int status = 0;
        for (String path : o.operands) {
            Optional<String> error = action.apply(path, o);
            if (error.isPresent()) {
                io.err().println(applet + ": " + error.get());
                status = 1;
            }
        }
        return status;
    }

    /** cp SOURCE DEST (into DEST when it is a folder); mv renames, rename(2) failing as "can't rename". */
    private static int copy(Userland userland, String applet, List<String> args, Streams io, FileSystem files) {
        Options o = Options.parse(applet, args, applet.equals("cp") ? "aRrdPLHpfinvuT" : "finT", "");
        if (o.error != null) {
            return userland.rejectOption(applet, o.error, io);
        }
        if (o.operands.size() < 2) {
            return BusyboxApplet.showUsage(applet, io);
        }
        String source = o.operands.get(0);
        String target = o.operands.get(1);
        String destination = files.isDirectory(target)
                ? target + "/" + source.substring(source.lastIndexOf('/') + 1) : target;
        Optional<String> content = files.read(source);
        if (content.isEmpty()) {
            boolean folder = files.isDirectory(source);
            io.err().println(applet.equals("mv") ? "mv: can't rename '" + source + "': "
                    + (folder ? "Is a directory" : "No such file or directory")
                    : folder ? "cp: omitting directory '" + source + "'"
                    : "cp: can't stat '" + source + "': No such file or directory");
            return 1;
        }
        Optional<String> error = applet.equals("mv") ? files.move(source, destination)
                : files.write(destination, content.get(), false);
        error.ifPresent(e -> io.err().println(applet + (applet.equals("mv") ? ": can't rename '" + source + "': "
                : ": can't create '" + destination + "': ") + reason(e)));
        return error.isPresent() ? 1 : 0;
    }

    private static String reason(String error) {
        return error.substring(error.lastIndexOf(": ") + 2);
    }
}
