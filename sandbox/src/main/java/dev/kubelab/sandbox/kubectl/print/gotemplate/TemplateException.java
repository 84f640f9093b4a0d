package dev.kubelab.sandbox.kubectl.print.gotemplate;

/** A parse or execution error, with text/template's message ("template: output:1: …"). */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateException(String message) {
        super(message, null, false, false);
    }
}
