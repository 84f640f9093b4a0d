package dev.kubelab.sandbox.kubectl.patch;

/**
 * A patch the API server refuses before the object is even rebuilt, with the line kubectl prints for it
 * ("Error from server (BadRequest): …", "The request is invalid: …").
 */
public final class PatchRejected extends RuntimeException {
    public PatchRejected(String printedLine) {
        super(printedLine, null, false, false);
    }

    static PatchRejected badRequest(String message) {
        return new PatchRejected("Error from server (BadRequest): " + message);
    }

    /** json-patch failures come back as a bare 422 whose message hides the cause (apiserver applyJSPatch). */
    static PatchRejected unprocessable() {
        return new PatchRejected("The request is invalid: the server rejected our request due to an error in our"
                + " request");
    }

    /** A plain error of the patcher, which the server returns without a reason. */
    static PatchRejected plain(String message) {
        return new PatchRejected("Error from server: " + message);
    }
}
