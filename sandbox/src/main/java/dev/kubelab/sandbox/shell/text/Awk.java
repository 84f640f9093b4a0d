package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;

/**
 * The awk one-liners learners use: [-F sep] 'PATTERN { print EXPR, … }' with BEGIN/END, patterns
 * /re/, NR>1, $3=="Running", $1 ~ /x/; expressions $N, $NF, NR, NF, "text". Errors as mawk prints them.
 */
public final class Awk implements Builtin {
    private final FileSystem files;

    public Awk(FileSystem files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "awk";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("awk", args, "", "Fv");
        if (o.error != null || o.operands.isEmpty()) {
            io.err().println("usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]");
            return 2;
        }
        List<AwkProgram.Rule> rules;
        try {
            rules = AwkProgram.parse(o.operands.get(0));
        } catch (IllegalArgumentException e) {
            io.err().println("awk: line 1: syntax error at or near " + e.getMessage());
            return 2;
        }
        String separator = o.values.get('F');
        List<String> operands = new ArrayList<>(o.operands.subList(1, o.operands.size()));
        AwkProgram.Run run = new AwkProgram.Run(separator, io.out());
        try {
            rules.stream().filter(r -> r.when().equals("BEGIN")).forEach(run::apply);
            for (Inputs.Named input : Inputs.read("awk", operands, io, files)) {
                for (String line : Inputs.lines(input.text())) {
                    run.next(line);
                    rules.stream().filter(r -> r.when().isEmpty()).forEach(run::apply);
                }
            }
            rules.stream().filter(r -> r.when().equals("END")).forEach(run::apply);
        } catch (IllegalArgumentException e) {
            io.err().println("awk: line 1: syntax error at or near " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
