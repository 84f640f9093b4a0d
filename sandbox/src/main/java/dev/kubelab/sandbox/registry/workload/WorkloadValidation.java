package dev.kubelab.sandbox.registry.workload;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicationController;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoSelectorValues;
import dev.kubelab.sandbox.selector.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API server's checks of a workload's selector and template (ValidateDeploymentSpec,
 * ValidateReplicaSetSpec, ValidateDaemonSetSpec, core/v1 ValidateReplicationControllerSpec, and the strategies' immutable selector on update), in their
 * order: replicas, selector, then whether the selector matches the template's labels.
 */
public final class WorkloadValidation {
    private WorkloadValidation() {
    }

    /** Errors of a create (old null) or an update of a Deployment, ReplicaSet or DaemonSet; empty for others. */
    public static List<FieldError> validate(KubeObject object, KubeObject old) {
        List<FieldError> errs = new ArrayList<>();
        if (object instanceof Deployment) {
            Deployment d = (Deployment) object;
            replicas(errs, d.replicas());
            replicaSetLike(errs, d.selector(), d.template(), "deployment");
        } else if (object instanceof ReplicaSet) {
            ReplicaSet rs = (ReplicaSet) object;
            replicas(errs, rs.replicas());
            replicaSetLike(errs, rs.selector(), rs.template(), "deployment"); // sic: kubernetes says deployment
        } else if (object instanceof ReplicationController) {
            return replicationController((ReplicationController) object); // its selector may change
        } else if (object instanceof StatefulSet) {
            StatefulSet sts = (StatefulSet) object;
            replicas(errs, sts.replicas());
            replicaSetLike(errs, sts.selector(), sts.template(), "statefulset");
            return errs; // the update check of a StatefulSet spec is a different one, not modelled
        } else if (object instanceof DaemonSet) {
            DaemonSet ds = (DaemonSet) object;
            daemonSet(errs, ds.selector(), ds.template());
        } else {
            return errs;
        }
        if (old != null) {
            LabelSelector was = selectorOf(old);
            LabelSelector now = selectorOf(object);
            if (now != null && !now.equals(was)) {
                errs.add(FieldError.invalid("spec.selector", GoSelectorValues.hashV(now), "field is immutable"));
            }
        }
        return errs;
    }

    private static void replicas(List<FieldError> errs, int replicas) {
        if (replicas < 0) {
            errs.add(FieldError.invalid("spec.replicas", replicas, "must be greater than or equal to 0"));
        }
    }

    private static void replicaSetLike(List<FieldError> errs, LabelSelector selector, PodTemplateSpec template,
                                       String kindWord) {
        if (selector == null) {
            errs.add(FieldError.required("spec.selector", ""));
        } else {
            errs.addAll(SelectorValidation.of(selector, "spec.selector"));
            if (selector.isEmpty()) {
                errs.add(FieldError.invalid("spec.selector", GoSelectorValues.hashV(selector),
                        "empty selector is invalid for " + kindWord));
            }
        }
        if (selector != null && SelectorValidation.unparsable(selector)) {
            errs.add(FieldError.invalid("spec.selector", GoSelectorValues.hashV(selector), "invalid label selector"));
        } else if (!Selector.of(selector).matches(labels(template))) {
            errs.add(mismatch(template));
        }
    }

    /** ValidateReplicationControllerSpec: a non-empty selector, replicas ≥ 0, a template the selector matches. */
    private static List<FieldError> replicationController(ReplicationController rc) {
        List<FieldError> errs = new ArrayList<>();
        if (rc.selector().isEmpty()) {
            errs.add(FieldError.required("spec.selector", ""));
        }
        replicas(errs, rc.replicas());
        if (rc.template() == null) {
            errs.add(FieldError.required("spec.template", ""));
        } else if (!rc.selector().isEmpty() && !Selector.of(rc.podSelector()).matches(labels(rc.template()))) {
            errs.add(mismatch(rc.template()));
        }
        return errs;
    }

    private static void daemonSet(List<FieldError> errs, LabelSelector selector, PodTemplateSpec template) {
        LabelSelector s = selector == null ? new LabelSelector(Map.of()) : selector;
        errs.addAll(SelectorValidation.of(s, "spec.selector"));
        if (!SelectorValidation.unparsable(s) && !Selector.of(selector).matches(labels(template))) {
            errs.add(mismatch(template));
        }
        if (selector != null && selector.isEmpty()) {
            errs.add(FieldError.invalid("spec.selector", GoSelectorValues.hashV(selector),
                    "empty selector is invalid for daemonset"));
        }
    }

    private static FieldError mismatch(PodTemplateSpec template) {
        return FieldError.invalid("spec.template.metadata.labels", GoSelectorValues.labelMap(labels(template)),
                "`selector` does not match template `labels`");
    }

    private static Map<String, String> labels(PodTemplateSpec template) {
        return template == null || template.labels() == null ? Map.of() : template.labels();
    }

    private static LabelSelector selectorOf(KubeObject o) {
        if (o instanceof Deployment) {
            return ((Deployment) o).selector();
        }
        return o instanceof ReplicaSet ? ((ReplicaSet) o).selector() : ((DaemonSet) o).selector();
    }
}
