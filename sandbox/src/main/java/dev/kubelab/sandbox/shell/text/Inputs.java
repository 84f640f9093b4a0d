package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** "Files named on the command line, or stdin when none (or '-')" — the coreutils convention. */
final class Inputs {
    private Inputs() {
    }

    /** One text per operand; a missing file prints GNU's message on stderr and is skipped. */
    static List<Named> read(String program, List<String> operands, Streams io, FileSystem files) {
        return read(Userland.GNU, program, operands, io, files);
    }

    /** One text per operand; a missing file prints the userland's message on stderr and is skipped. */
    static List<Named> read(Userland userland, String program, List<String> operands, Streams io, FileSystem files) {
        List<Named> texts = new ArrayList<>();
        if (operands.isEmpty()) {
            texts.add(new Named("-", io.in()));
            return texts;
        }
        for (String operand : operands) {
            if (operand.equals("-")) {
                texts.add(new Named("-", io.in()));
                continue;
            }
            Optional<String> content = files.read(operand);
            if (content.isPresent()) {
                texts.add(new Named(operand, content.get()));
            } else {
                io.err().println(userland.unreadable(program, operand, files.isDirectory(operand)));
            }
        }
        return texts;
    }

    /** Lines without their "\n"; a final line without newline still counts. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return new ArrayList<>(Arrays.asList(body.split("\n", -1)));
    }

    static String joined(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    record Named(String name, String text) {}
}
