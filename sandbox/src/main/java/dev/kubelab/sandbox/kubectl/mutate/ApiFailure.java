package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.List;

/** Printing the errors of one command run the way checkErr does (reference §3.6); every helper returns exit 1. */
public final class ApiFailure {
    private ApiFailure() {
    }

    /** A plain error: "error: …". */
    public static int fail(KubectlContext ctx, String message) {
        ctx.io().err().println("error: " + message);
        return 1;
    }

    /** An API error as kubectl prints it on its own: "Error from server (…)" or "The Service … is invalid". */
    public static int fail(KubectlContext ctx, StatusError e) {
        ctx.io().err().println(KubectlErrorText.of(e));
        return 1;
    }

    /** A usage error: the message, then "See 'kubectl VERB -h' for help and examples". */
    public static int usage(KubectlContext ctx, String message, String command) {
        ctx.io().err().println("error: " + message);
        ctx.io().err().println("See 'kubectl " + command + " -h' for help and examples");
        return 1;
    }

    /**
     * The errors of `create -f`/`apply -f` for the objects that failed: a single Invalid error is shown as
     * kubectl renders its causes; anything else (or several) names the file: "error when creating \"f.yaml\"".
     */
    public static void printSourced(KubectlContext ctx, List<SourcedError> errors) {
        for (SourcedError s : errors) {
            if (s.error() == null) {
                ctx.io().err().println("error: " + s.plainMessage());
            } else if (errors.size() == 1 && s.error().reason() == dev.kubelab.sandbox.apiserver.StatusReason.INVALID) {
                ctx.io().err().println(KubectlErrorText.of(s.error()));
            } else {
                ctx.io().err().println(KubectlErrorText.whenCreating(s.error(), s.source())
                        .replace("error when creating", "error when " + s.verb()));
            }
        }
    }

    /** One failed object of a -f run: an API error (with the verb, "creating"), or a plain message. */
    public record SourcedError(StatusError error, String source, String verb, String plainMessage) {
        public static SourcedError api(StatusError e, String source, String verb) {
            return new SourcedError(e, source, verb, null);
        }

        public static SourcedError plain(String message) {
            return new SourcedError(null, "", "", message);
        }
    }
}
