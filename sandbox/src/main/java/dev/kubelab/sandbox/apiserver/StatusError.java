package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.text.GoQuote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An API error as apimachinery's StatusError carries it: reason, code, message and details (group, kind, name,
 * causes). {@link #getMessage()} is Status.message (what err.Error() gives a client);
 * {@link KubectlErrorText} renders what kubectl prints.
 */
public final class StatusError extends RuntimeException {
    private final StatusReason reason;
    private final String group;
    private final String kind;
    private final String name;
    private final List<StatusCause> causes;

    public StatusError(StatusReason reason, String message, String group, String kind, String name,
                       List<StatusCause> causes) {
        super(message, null, false, false);
        this.reason = reason;
        this.group = group == null ? "" : group;
        this.kind = kind == null ? "" : kind;
        this.name = name == null ? "" : name;
        this.causes = List.copyOf(causes);
    }

    /** NewNotFound: {@code services "x" not found}; details.kind is the resource (plural). */
    public static StatusError notFound(Kind kind, String name) {
        return notFound(group(kind), kind.plural(), name);
    }

    /** NewNotFound for any resource, custom ones too: {@code ipaddresspools.metallb.io "x" not found}. */
    public static StatusError notFound(String group, String plural, String name) {
        String resource = group.isEmpty() ? plural : plural + "." + group;
        return new StatusError(StatusReason.NOT_FOUND, resource + " " + GoQuote.quote(name) + " not found", group,
                plural, name, List.of());
    }

    /** NewAlreadyExists: {@code services "x" already exists}. */
    public static StatusError alreadyExists(Kind kind, String name) {
        return new StatusError(StatusReason.ALREADY_EXISTS, kind.qualifiedPlural() + " " + GoQuote.quote(name)
                + " already exists", group(kind), kind.plural(), name, List.of());
    }

    /** NewConflict: {@code Operation cannot be fulfilled on services "x": <detail>}. */
    public static StatusError conflict(Kind kind, String name, String detail) {
        return new StatusError(StatusReason.CONFLICT, "Operation cannot be fulfilled on " + kind.qualifiedPlural()
                + " " + GoQuote.quote(name) + ": " + detail, group(kind), kind.plural(), name, List.of());
    }

    /** The optimistic-concurrency conflict of an update with a stale resourceVersion. */
    public static StatusError staleResourceVersion(Kind kind, String name) {
        return conflict(kind, name,
                "the object has been modified; please apply your changes to the latest version and try again");
    }

    /** NewForbidden: {@code services "x" is forbidden: <detail>}. */
    public static StatusError forbidden(Kind kind, String name, String detail) {
        String subject = name.isEmpty() ? kind.qualifiedPlural() : kind.qualifiedPlural() + " " + GoQuote.quote(name);
        return new StatusError(StatusReason.FORBIDDEN, subject + " is forbidden: " + detail, group(kind),
                kind.plural(), name, List.of());
    }

    public static StatusError badRequest(String message) {
        return new StatusError(StatusReason.BAD_REQUEST, message, "", "", "", List.of());
    }

    /** NewInternalError: {@code Internal error occurred: <detail>}. */
    public static StatusError internal(String detail) {
        return new StatusError(StatusReason.INTERNAL_ERROR, "Internal error occurred: " + detail, "", "", "",
                List.of(new StatusCause("", detail, "")));
    }

    /** NewInvalid: {@code Service "x" is invalid: <e>} or {@code …: [<e1>, <e2>]} (identical errors once). */
    public static StatusError invalid(Kind kind, String name, List<FieldError> errors) {
        List<StatusCause> causes = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        for (FieldError e : errors) {
            causes.add(new StatusCause(e.type().causeType(), e.body(), e.field()));
            distinct.add(e.toString());
        }
        String qualifiedKind = group(kind).isEmpty() ? kind.kindName() : kind.kindName() + "." + group(kind);
        String message = qualifiedKind + " " + GoQuote.quote(name) + " is invalid";
        if (distinct.size() == 1) {
            message += ": " + distinct.iterator().next();
        } else if (distinct.size() > 1) {
            message += ": [" + String.join(", ", distinct) + "]";
        }
        return new StatusError(StatusReason.INVALID, message, group(kind), kind.kindName(), name, causes);
    }

    public StatusReason reason() {
        return reason;
    }

    public int code() {
        return reason.code();
    }

    public String group() {
        return group;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public List<StatusCause> causes() {
        return causes;
    }

    private static String group(Kind kind) {
        String qualified = kind.qualifiedPlural();
        int dot = qualified.indexOf('.');
        return dot < 0 ? "" : qualified.substring(dot + 1);
    }
}
