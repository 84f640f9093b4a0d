package dev.kubelab.sandbox.catalog;

/**
 * An image reference split the way containerd normalises it: "nginx" = docker.io/library/nginx:latest,
 * "curlimages/curl:8.13.0" = docker.io/curlimages/curl:8.13.0; a digest (@sha256:…) replaces the tag.
 */
public record ImageRef(String repository, String tag, String digest) {

    public static ImageRef parse(String image) {
        String rest = image.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : "";
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (!hasRegistry) {
            rest = "docker.io/" + (rest.contains("/") ? rest : "library/" + rest);
        }
        return new ImageRef(rest, tag == null && digest == null ? "latest" : tag, digest);
    }

    /** docker.io/library/nginx:latest — what containerd's messages name. */
    public String canonical() {
        return repository + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
