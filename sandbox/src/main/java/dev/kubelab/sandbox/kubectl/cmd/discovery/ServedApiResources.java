package dev.kubelab.sandbox.kubectl.cmd.discovery;

import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What the API server of the lab cluster (kubeadm v1.32, Calico v3.29 CRDs) lists in discovery: the
 * preferred version of every resource, ordered as `kubectl api-resources` sorts them (group, then name),
 * plus the custom kinds whose CRDs were installed later (MetalLB's metallb.io).
 */
public final class ServedApiResources {
    /** One resource: NAME, SHORTNAMES, APIVERSION, NAMESPACED, KIND. */
    public record ApiResource(String name, String shortNames, String apiVersion, boolean namespaced, String kind) {
        public String group() {
            int slash = apiVersion.indexOf('/');
            return slash < 0 ? "" : apiVersion.substring(0, slash);
        }
    }

    /** name|shortnames|apiVersion|namespaced|kind. */
    private static final List<String> ROWS = List.of(
            "bindings||v1|true|Binding",
            "componentstatuses|cs|v1|false|ComponentStatus",
            "configmaps|cm|v1|true|ConfigMap",
            "endpoints|ep|v1|true|Endpoints",
            "events|ev|v1|true|Event",
            "limitranges|limits|v1|true|LimitRange",
            "namespaces|ns|v1|false|Namespace",
            "nodes|no|v1|false|Node",
            "persistentvolumeclaims|pvc|v1|true|PersistentVolumeClaim",
            "persistentvolumes|pv|v1|false|PersistentVolume",
            "pods|po|v1|true|Pod",
            "podtemplates||v1|true|PodTemplate",
            "replicationcontrollers|rc|v1|true|ReplicationController",
            "resourcequotas|quota|v1|true|ResourceQuota",
            "secrets||v1|true|Secret",
            "serviceaccounts|sa|v1|true|ServiceAccount",
            "services|svc|v1|true|Service",
            "mutatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|MutatingWebhookConfiguration",
            "validatingadmissionpolicies||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicy",
            "validatingadmissionpolicybindings||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicyBinding",
            "validatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|ValidatingWebhookConfiguration",
            "customresourcedefinitions|crd,crds|apiextensions.k8s.io/v1|false|CustomResourceDefinition",
            "apiservices||apiregistration.k8s.io/v1|false|APIService",
            "controllerrevisions||apps/v1|true|ControllerRevision",
            "daemonsets|ds|apps/v1|true|DaemonSet",
            "deployments|deploy|apps/v1|true|Deployment",
            "replicasets|rs|apps/v1|true|ReplicaSet",
            "statefulsets|sts|apps/v1|true|StatefulSet",
            "selfsubjectreviews||authentication.k8s.io/v1|false|SelfSubjectReview",
            "tokenreviews||authentication.k8s.io/v1|false|TokenReview",
            "localsubjectaccessreviews||authorization.k8s.io/v1|true|LocalSubjectAccessReview",
            "selfsubjectaccessreviews||authorization.k8s.io/v1|false|SelfSubjectAccessReview",
            "selfsubjectrulesreviews||authorization.k8s.io/v1|false|SelfSubjectRulesReview",
            "subjectaccessreviews||authorization.k8s.io/v1|false|SubjectAccessReview",
            "horizontalpodautoscalers|hpa|autoscaling/v2|true|HorizontalPodAutoscaler",
            "cronjobs|cj|batch/v1|true|CronJob",
            "jobs||batch/v1|true|Job",
            "certificatesigningrequests|csr|certificates.k8s.io/v1|false|CertificateSigningRequest",
            "leases||coordination.k8s.io/v1|true|Lease",
            "bgpconfigurations||crd.projectcalico.org/v1|false|BGPConfiguration",
            "bgpfilters||crd.projectcalico.org/v1|false|BGPFilter",
            "bgppeers||crd.projectcalico.org/v1|false|BGPPeer",
            "blockaffinities||crd.projectcalico.org/v1|false|BlockAffinity",
            "caliconodestatuses||crd.projectcalico.org/v1|false|CalicoNodeStatus",
            "clusterinformations||crd.projectcalico.org/v1|false|ClusterInformation",
            "felixconfigurations||crd.projectcalico.org/v1|false|FelixConfiguration",
            "globalnetworkpolicies||crd.projectcalico.org/v1|false|GlobalNetworkPolicy",
            "globalnetworksets||crd.projectcalico.org/v1|false|GlobalNetworkSet",
            "hostendpoints||crd.projectcalico.org/v1|false|HostEndpoint",
            "ipamblocks||crd.projectcalico.org/v1|false|IPAMBlock",
            "ipamconfigs||crd.projectcalico.org/v1|false|IPAMConfig",
            "ipamhandles||crd.projectcalico.org/v1|false|IPAMHandle",
            "ippools||crd.projectcalico.org/v1|false|IPPool",
            "ipreservations||crd.projectcalico.org/v1|false|IPReservation",
            "kubecontrollersconfigurations||crd.projectcalico.org/v1|false|KubeControllersConfiguration",
            "networkpolicies||crd.projectcalico.org/v1|true|NetworkPolicy",
            "networksets||crd.projectcalico.org/v1|true|NetworkSet",
            "tiers||crd.projectcalico.org/v1|false|Tier",
            "endpointslices||discovery.k8s.io/v1|true|EndpointSlice",
            "events|ev|events.k8s.io/v1|true|Event",
            "flowschemas||flowcontrol.apiserver.k8s.io/v1|false|FlowSchema",
            "prioritylevelconfigurations||flowcontrol.apiserver.k8s.io/v1|false|PriorityLevelConfiguration",
            "ingressclasses||networking.k8s.io/v1|false|IngressClass",
            "ingresses|ing|networking.k8s.io/v1|true|Ingress",
            "networkpolicies|netpol|networking.k8s.io/v1|true|NetworkPolicy",
            "runtimeclasses||node.k8s.io/v1|false|RuntimeClass",
            "poddisruptionbudgets|pdb|policy/v1|true|PodDisruptionBudget",
            "adminnetworkpolicies|anp|policy.networking.k8s.io/v1alpha1|false|AdminNetworkPolicy",
            "clusterrolebindings||rbac.authorization.k8s.io/v1|false|ClusterRoleBinding",
            "clusterroles||rbac.authorization.k8s.io/v1|false|ClusterRole",
            "rolebindings||rbac.authorization.k8s.io/v1|true|RoleBinding",
            "roles||rbac.authorization.k8s.io/v1|true|Role",
            "priorityclasses|pc|scheduling.k8s.io/v1|false|PriorityClass",
            "csidrivers||storage.k8s.io/v1|false|CSIDriver",
            "csinodes||storage.k8s.io/v1|false|CSINode",
            "csistoragecapacities||storage.k8s.io/v1|true|CSIStorageCapacity",
            "storageclasses|sc|storage.k8s.io/v1|false|StorageClass",
            "volumeattachments||storage.k8s.io/v1|false|VolumeAttachment");

    /** Served group versions that are not the preferred one of any resource. */
    private static final List<String> OTHER_VERSIONS = List.of("autoscaling/v1");

    private ServedApiResources() {
    }

    public static List<ApiResource> all() {
        List<ApiResource> out = new ArrayList<>();
        for (String row : ROWS) {
            String[] f = row.split("\\|", -1);
            out.add(new ApiResource(f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4]));
        }
        return out;
    }

    /** The built-in resources and the custom ones served now, sorted by group (stable), then name. */
    public static List<ApiResource> all(ObjectStore store) {
        List<ApiResource> out = all();
        for (GenericType t : GenericTypes.all()) {
            if (t.custom() && GenericObjects.served(store, t)) {
                out.add(new ApiResource(t.plural(), String.join(",", t.shortNames()), t.apiVersion(),
                        t.namespaced(), t.kindName()));
            }
        }
        out.sort(Comparator.comparing((ApiResource r) -> r.group().isEmpty() ? "" : r.group())
                .thenComparing(r -> r.group().isEmpty() ? "" : r.name()));
        return out;
    }

    /** `kubectl api-versions`: every served group/version, sorted as strings (so "v1" comes last). */
    public static List<String> groupVersions(ObjectStore store) {
        TreeSet<String> versions = new TreeSet<>(OTHER_VERSIONS);
        all(store).forEach(r -> versions.add(r.apiVersion()));
        for (GenericType t : GenericTypes.all()) {
            if (t.kindName().equals("BGPPeer") && t.custom() && GenericObjects.served(store, t)) {
                versions.add(t.group() + "/v1beta1"); // the CRD serves v1beta1 too; v1beta2 is preferred
            }
        }
        return List.copyOf(versions);
    }
}
