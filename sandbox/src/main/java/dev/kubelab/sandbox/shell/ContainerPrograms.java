package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.printf.PrintfBuiltin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Programs a container has that a lab node's differ from: whoami for its user, printf, its exec ids. */
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
