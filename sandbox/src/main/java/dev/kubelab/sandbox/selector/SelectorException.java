package dev.kubelab.sandbox.selector;

/** A selector that does not parse or validate; the message is apimachinery's, word for word. */
public final class SelectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SelectorException(String message) {
        super(message);
    }

    /**
     * What `kubectl get` prints when the API server rejects {@code -l}: cli-runtime's resource.Selector wraps
     * the server's BadRequest. {@code resource} is the GroupVersionResource string, e.g. "/v1, Resource=pods"
     * or "apps/v1, Resource=deployments".
     */
    public String kubectlMessage(String resource, String labelSelector) {
        return kubectlMessage(resource, labelSelector, "");
    }

    /** The same with a field selector (cli-runtime EnhanceListError names both). */
    public String kubectlMessage(String resource, String labelSelector, String fieldSelector) {
        return "Error from server (BadRequest): Unable to find \"" + resource + "\" that match label selector \""
                + labelSelector + "\", field selector \"" + fieldSelector + "\": " + getMessage();
    }
}
