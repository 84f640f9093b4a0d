package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** Test helper: one run of a builtin, its stdout, stderr and status. */
record Run(String out, String err, int status) {
    static Run of(Builtin program, String... args) {
        StringSink out = new StringSink();
        StringSink err = new StringSink();
        int status = program.run(List.of(args), new Streams(out, err));
        return new Run(out.text(), err.text(), status);
    }

    static Run ok(String out) {
        return new Run(out, "", 0);
    }

    static Run failed(String err, int status) {
        return new Run("", err, status);
    }
}
