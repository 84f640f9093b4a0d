package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.kubectl.KubectlContext;

/** How kubectl's checkErr prints failures (reference §3.6). */
final class Errors {
    private Errors() {
    }

    /** A plain error: "error: …" on stderr, exit code 1. */
    static int fail(KubectlContext ctx, String message) {
        ctx.io().err().println("error: " + message);
        return 1;
    }

    /** A 404 from the API server: Error from server (NotFound): pods "x" not found. */
    static String notFound(Kind kind, String name) {
        return "Error from server (NotFound): " + kind.qualifiedPlural() + " \"" + name + "\" not found";
    }
}
