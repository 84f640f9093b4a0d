package dev.kubelab.sandbox.selector.field;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.selector.SelectorException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API server's field label conversion funcs (kubernetes pkg/apis/core/v1/conversion.go
 * AddFieldLabelConversionFunc): which fields a kind can be selected by. Kinds without a func of their own
 * (apps/v1, discovery, ConfigMap, Endpoints) get runtime.DefaultMetaV1FieldSelectorConversion.
 */
public final class FieldLabels {
    private static final Map<Kind, List<String>> SUPPORTED = Map.of(
            Kind.POD, List.of("metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy",
                    "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase",
                    "status.podIP", "status.podIPs", "status.nominatedNodeName", "spec.host"),
            Kind.NODE, List.of("metadata.name", "spec.unschedulable"),
            Kind.EVENT, List.of("involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                    "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                    "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
                    "metadata.namespace", "metadata.name"),
            Kind.NAMESPACE, List.of("status.phase", "metadata.name"),
            Kind.SERVICE, List.of("metadata.namespace", "metadata.name", "spec.clusterIP", "spec.type"));

    private FieldLabels() {
    }

    /**
     * The selector with its fields converted for {@code kind} (pods' legacy spec.host becomes spec.nodeName);
     * SelectorException with the server's message for the first field (in sorted order) it does not know.
     */
    public static FieldSelector convert(Kind kind, FieldSelector selector) {
        List<String> supported = SUPPORTED.get(kind);
        List<FieldSelector.Term> converted = new ArrayList<>();
        for (FieldSelector.Term t : selector.terms()) {
            String field = t.field();
            if (supported == null && !field.equals("metadata.name") && !field.equals("metadata.namespace")) {
                throw new SelectorException("\"" + field + "\" is not a known field selector: only"
                        + " \"metadata.name\", \"metadata.namespace\"");
            }
            if (supported != null && !supported.contains(field)) {
                throw new SelectorException("field label not supported: " + field);
            }
            converted.add(new FieldSelector.Term(field.equals("spec.host") && kind == Kind.POD ? "spec.nodeName"
                    : field, t.equals(), t.value()));
        }
        return FieldSelector.of(converted);
    }
}
