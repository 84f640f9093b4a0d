package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.HashSet;
import java.util.Set;

/**
 * kubectl's --validate (cmdutil.GetValidationDirective), sent as ?fieldValidation=: with Strict (the default)
 * the API server refuses an object with an unknown field (BadRequest "strict decoding error"), with Warn it
 * takes it and answers a warning per field, with Ignore it drops them silently.
 */
public final class FieldValidation {
    private enum Directive { STRICT, WARN, IGNORE }

    private final Directive directive;
    /** kubectl's warning writer deduplicates: each warning text is printed once per command. */
    private final Set<String> warned = new HashSet<>();

    private FieldValidation(Directive directive) {
        this.directive = directive;
    }

    /** --validate as kubectl reads it: a Go boolean, or strict, warn, ignore. */
    public static FieldValidation of(ParsedArgs args) {
        String value = args.value("validate", "strict");
        switch (value) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True": case "strict":
                return new FieldValidation(Directive.STRICT);
            case "0": case "f": case "F": case "FALSE": case "false": case "False": case "ignore":
                return new FieldValidation(Directive.IGNORE);
            case "warn":
                return new FieldValidation(Directive.WARN);
            default:
                throw new UsageException("invalid - validate option \"" + value
                        + "\"; must be one of: strict (or true), warn, ignore (or false)");
        }
    }

    /**
     * The manifest's object as the command goes on with it. A client-side dry run sends nothing, so nothing is
     * validated; otherwise unknown fields are refused (StatusError) or warned about on stderr.
     */
    public KubeObject sent(Manifests.Manifest m, DryRun dryRun, KubectlContext ctx) {
        if (dryRun == DryRun.CLIENT || directive == Directive.IGNORE) {
            return m.object();
        }
        if (directive == Directive.STRICT) {
            String refused = ObjectCodec.strictDecodingError(m.tree());
            if (refused != null) {
                throw StatusError.badRequest(refused);
            }
            return m.object();
        }
        for (String warning : ObjectCodec.unknownFields(m.tree())) {
            if (warned.add(warning)) {
                ctx.io().err().println("Warning: " + warning);
            }
        }
        return m.object();
    }
}
