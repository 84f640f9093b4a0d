package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Programs a container has that a lab node's differ from: whoami for its user, its exec ids. */
final class ContainerPrograms {
    private ContainerPrograms() {
    }

    static Builtin whoami(String user) {
        return SimpleBuiltins.of("whoami", (args, io) -> {
            io.out().println(user);
            return 0;
        });
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
