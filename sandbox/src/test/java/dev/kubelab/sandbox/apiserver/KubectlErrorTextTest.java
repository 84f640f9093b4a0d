package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.registry.field.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** kubectl's rendering of API errors, byte for byte as reference §1.5, §3.5, §3.6 and §4.3 show it. */
class KubectlErrorTextTest {

    @Test
    void notFound() {
        StatusError e = StatusError.notFound(Kind.SERVICE, "nope");
        assertEquals("Error from server (NotFound): services \"nope\" not found", KubectlErrorText.of(e));
        assertEquals(404, e.code());
        assertEquals("services", e.kind());
        assertEquals("Error from server (NotFound): deployments.apps \"nope\" not found",
                KubectlErrorText.of(StatusError.notFound(Kind.DEPLOYMENT, "nope")));
    }

    @Test
    void alreadyExists() {
        StatusError e = StatusError.alreadyExists(Kind.SERVICE, "nginx");
        assertEquals("Error from server (AlreadyExists): services \"nginx\" already exists", KubectlErrorText.of(e));
        assertEquals("Error from server (AlreadyExists): error when creating \"nr.yaml\": services \"notready\" already exists",
                KubectlErrorText.sourced(StatusError.alreadyExists(Kind.SERVICE, "notready"), "creating", "nr.yaml"));
        assertEquals(409, e.code());
    }

    @Test
    void invalidWithOneCause() {
        StatusError e = StatusError.invalid(Kind.SERVICE, "np-bad", List.of(FieldError.invalid(
                "spec.ports[0].nodePort", 80,
                "provided port is not in the valid range. The range of valid ports is 30000-32767")));
        assertEquals("The Service \"np-bad\" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is "
                + "not in the valid range. The range of valid ports is 30000-32767", KubectlErrorText.of(e));
        assertEquals("Service \"np-bad\" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not "
                + "in the valid range. The range of valid ports is 30000-32767", e.getMessage());
        assertEquals(422, e.code());
    }

    @Test
    void invalidWithSeveralCausesHasHeaderEndingInASpace() {
        StatusError e = StatusError.invalid(Kind.SERVICE, "multi", List.of(
                FieldError.required("spec.ports[0].name", ""), FieldError.required("spec.ports[1].name", "")));
        assertEquals("The Service \"multi\" is invalid: \n"
                + "* spec.ports[0].name: Required value\n"
                + "* spec.ports[1].name: Required value", KubectlErrorText.of(e));
        assertEquals("Service \"multi\" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: "
                + "Required value]", e.getMessage());
        assertEquals(2, e.causes().size());
        assertEquals("FieldValueRequired", e.causes().get(0).type());
    }

    @Test
    void identicalCausesPrintOnce() {
        FieldError same = FieldError.required("spec.ports", "");
        StatusError e = StatusError.invalid(Kind.SERVICE, "x", List.of(same, same));
        assertEquals("The Service \"x\" is invalid: spec.ports: Required value", KubectlErrorText.of(e));
    }

    @Test
    void internalError() {
        assertEquals("Error from server (InternalError): Internal error occurred: failed to allocate a nodePort: "
                + "range is full", KubectlErrorText.of(StatusError.internal("failed to allocate a nodePort: range is full")));
    }

    @Test
    void conflictAndForbidden() {
        assertEquals("Error from server (Conflict): Operation cannot be fulfilled on services \"web\": the object has "
                        + "been modified; please apply your changes to the latest version and try again",
                KubectlErrorText.of(StatusError.staleResourceVersion(Kind.SERVICE, "web")));
        assertEquals("Error from server (Forbidden): services \"web\" is forbidden: unable to create new content in "
                        + "namespace gone because it is being terminated",
                KubectlErrorText.of(StatusError.forbidden(Kind.SERVICE, "web",
                        "unable to create new content in namespace gone because it is being terminated")));
    }
}
