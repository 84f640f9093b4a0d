package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;

/** sed [-n] [-i] [-E] [-e] SCRIPT [FILE…]: s///[gip], p, d, a and i with line, $, /re/ and range addresses. */
public final class Sed implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Sed(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "sed";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("sed", args, "niEr", "e");
        if (o.error != null && userland != Userland.GNU) {
            return userland.rejectOption("sed", o.error, io);
        }
        if (o.error != null) {
            io.err().println(o.error);
            io.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
            return 1;
        }
        String script = o.values.get('e');
        if (script == null) {
            if (o.operands.isEmpty()) {
                io.err().println("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
                return 1;
            }
            script = o.operands.remove(0);
        }
        List<SedCommand> commands = new ArrayList<>();
        try {
            for (String piece : script.split(";|\\n")) {
                if (!piece.isBlank()) {
                    commands.add(SedCommand.parse(piece.trim(), o.has('E') || o.has('r')));
                }
            }
        } catch (IllegalArgumentException e) {
            io.err().println("sed: -e expression #1, char " + script.length() + ": " + e.getMessage());
            return 1;
        }
        List<Inputs.Named> inputs = Inputs.read(userland, "sed", o.operands, io, files);
        for (Inputs.Named input : inputs) {
            String result = apply(commands, Inputs.lines(input.text()), o.has('n'));
            if (o.has('i') && !input.name().equals("-")) {
                files.write(input.name(), result, false);
            } else {
                io.out().print(result);
            }
        }
        return inputs.size() == Math.max(1, o.operands.size()) ? 0 : 2;
    }

    private static String apply(List<SedCommand> commands, List<String> lines, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (SedCommand c : commands) {
            c.reset();
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            boolean deleted = false;
            boolean last = n == lines.size() - 1;
            StringBuilder appended = new StringBuilder();
            for (SedCommand c : commands) {
                if (!c.selects(n + 1, last, line)) {
                    continue;
                }
                if (c.op() == 'd') {
                    deleted = true;
                    break;
                }
                if (c.op() == 'a') {
                    appended.append(c.text()).append('\n');
                } else if (c.op() == 'i') {
                    out.append(c.text()).append('\n');
                } else if (c.op() == 'p') {
                    out.append(line).append('\n');
                } else if (c.op() == 's') {
                    String replaced = c.substitute(line);
                    if (!replaced.equals(line) && c.printOnSubstitute()) {
                        out.append(replaced).append('\n');
                    }
                    line = replaced;
                }
            }
            if (!deleted && !quiet) {
                out.append(line).append('\n');
            }
            out.append(appended);
        }
        return out.toString();
    }
}
