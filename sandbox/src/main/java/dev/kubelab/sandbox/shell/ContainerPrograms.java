package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.shell.builtin.BusyboxFileCommands;
import dev.kubelab.sandbox.shell.builtin.BusyboxHostname;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.builtin.SleepBuiltin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.files.Find;
import dev.kubelab.sandbox.shell.files.Ls;
import dev.kubelab.sandbox.shell.files.Stat;
import dev.kubelab.sandbox.shell.files.Uname;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.pod.ImageOs;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.printf.PrintfBuiltin;
import dev.kubelab.sandbox.shell.text.Base64;
import dev.kubelab.sandbox.shell.text.Diff;
import dev.kubelab.sandbox.shell.text.Pager;
import dev.kubelab.sandbox.shell.text.Tee;
import dev.kubelab.sandbox.shell.text.TextTools;
import dev.kubelab.sandbox.shell.text.Userland;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Programs a container has that a lab node's differ from: whoami for its user, printf, BusyBox's applets (or
 * Debian's uname), its exec ids.
 */
final class ContainerPrograms {
    private ContainerPrograms() {
    }

    static Builtin whoami(String user) {
        return SimpleBuiltins.of("whoami", (args, io) -> {
            io.out().println(user);
            return 0;
        });
    }

    /**
     * The tools whose output depends on the image: Debian's coreutils uname and stat, or BusyBox's applets (file
     * and text tools, sleep, hostname) with glibc's or, on Alpine, musl's getopt.
     */
    static List<Builtin> fileTools(ImageOs os, FileSystem files, SimClock clock, String hostname, JobControl jobs) {
        if (os.kind() == ImageOs.Kind.DEBIAN) {
            return List.of(Uname.debian(() -> hostname), new Stat(files, Stat.OVERLAY, false));
        }
        Userland userland = os.kind() == ImageOs.Kind.BUSYBOX ? Userland.BUSYBOX : Userland.BUSYBOX_MUSL;
        List<Builtin> tools = new ArrayList<>(List.of(new Ls(files, clock, Ls.Flavor.BUSYBOX), new Tee(files, userland),
                new Base64(files, userland), Uname.busybox(() -> hostname, os.kind() == ImageOs.Kind.ALPINE),
                new Find(files, true), new Stat(files, Stat.OVERLAY, true), new Diff(files, true),
                Pager.busybox("less", files), Pager.busybox("more", files)));
        tools.addAll(TextTools.of(files, userland));
        tools.addAll(BusyboxFileCommands.all(files, userland));
        tools.add(new SleepBuiltin(jobs, userland));
        tools.add(new BusyboxHostname(hostname, userland, files));
        return tools;
    }

    /**
     * The printf a container's shell runs: bash's builtin in bash, busybox's in ash (busybox images and netshoot's
     * sh). Debian's sh is dash, whose printf is not modelled: it gets bash's, with dash's "sh: 1: " prefix.
     */
    static Builtin printf(ImageShell image, String shell, Environment env) {
        if (shell.equals("bash")) {
            return PrintfBuiltin.bash("bash", env);
        }
        return image.family() == ImageShell.Family.DEBIAN ? PrintfBuiltin.bash("sh: 1", env)
                : PrintfBuiltin.busybox(false, env);
    }

    static String hex64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
