package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.List;
import java.util.function.IntSupplier;

/** Printing the errors of one command run the way checkErr does (reference §3.6); each helper returns the exit code. */
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

    /** Runs a command's body: a UsageException prints as "error: …", a StatusError as kubectl prints it; both exit 1. */
    public static int guarded(KubectlContext ctx, IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (UsageException e) {
            return fail(ctx, e.getMessage());
        } catch (StatusError e) {
            return fail(ctx, e);
        }
    }

    /** Errors already worded, one a line on stderr: exit 1 when there is any, else 0. */
    public static int printAll(KubectlContext ctx, List<String> errors) {
        errors.forEach(ctx.io().err()::println);
        return errors.isEmpty() ? 0 : 1;
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
                ctx.io().err().println(KubectlErrorText.sourced(s.error(), s.verb(), s.source()));
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
