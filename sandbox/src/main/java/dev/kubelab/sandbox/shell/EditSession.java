package dev.kubelab.sandbox.shell;

/** A file open in the browser's editor: where saving writes, and what it held when opened. */
public record EditSession(String path, String title, String content) {
}
