package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.generic.GenericTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ServiceAccounts of a fresh kubeadm cluster: "default" in every namespace (the service-account controller),
 * one per kube-controller-manager controller that runs with its own credentials (kubeadm sets
 * --use-service-account-credentials, so each controller's client builder creates its account when it starts),
 * and the addons' accounts (kubeadm's coredns and kube-proxy, calico.yaml's three).
 */
public final class ServiceAccounts {
    public static final String DEFAULT = "default";
    /** Controllers kube-controller-manager v1.32 starts on a kubeadm cluster without a cloud provider. */
    static final List<String> CONTROLLERS = List.of("attachdetach-controller", "bootstrap-signer",
            "certificate-controller", "clusterrole-aggregation-controller", "cronjob-controller",
            "daemon-set-controller", "deployment-controller", "disruption-controller", "endpoint-controller",
            "endpointslice-controller", "endpointslicemirroring-controller", "ephemeral-volume-controller",
            "expand-controller", "generic-garbage-collector", "horizontal-pod-autoscaler", "job-controller",
            "legacy-service-account-token-cleaner", "namespace-controller", "node-controller",
            "persistent-volume-binder", "pod-garbage-collector", "pv-protection-controller",
            "pvc-protection-controller", "replicaset-controller", "replication-controller",
            "resourcequota-controller", "root-ca-cert-publisher", "service-account-controller",
            "statefulset-controller", "token-cleaner", "ttl-after-finished-controller", "ttl-controller",
            "validatingadmissionpolicy-status-controller");
    static final List<String> CALICO = List.of("calico-cni-plugin", "calico-kube-controllers", "calico-node");

    private ServiceAccounts() {
    }

    public static GenericObject of(String name, String namespace, String uid, Instant created) {
        return new GenericObject(GenericTypes.SERVICE_ACCOUNT, ObjectMeta.of(name, namespace, uid, created, Map.of()),
                Map.of());
    }

    /**
     * kube-system's accounts besides "default". Their uids derive from the namespace's (see {@link DerivedUid}),
     * and they are stored last, so adding them moved no other seeded value or resourceVersion of a fresh cluster.
     */
    static void installKubeSystem(Build b, String kubeSystemUid, Instant controllersStarted) {
        for (String name : CONTROLLERS) {
            create(b, name, kubeSystemUid, controllersStarted);
        }
        create(b, "coredns", kubeSystemUid, b.timeline().atSeconds(CoreDnsAddon.INSTALLED_AFTER_INIT_SECONDS));
        create(b, "kube-proxy", kubeSystemUid, b.timeline().atSeconds(KubeProxyAddon.INSTALLED_AFTER_INIT_SECONDS));
        Instant calico = b.timeline().atSeconds(CalicoAddon.INSTALLED_AFTER_INIT_SECONDS);
        for (String name : CALICO) {
            create(b, name, kubeSystemUid, calico);
        }
    }

    static void createDefault(Build b, String namespace, String namespaceUid, Instant created) {
        b.store().create(of(DEFAULT, namespace, DerivedUid.of("serviceaccount/" + DEFAULT, namespaceUid), created));
    }

    private static void create(Build b, String name, String kubeSystemUid, Instant created) {
        b.store().create(of(name, "kube-system", DerivedUid.of("serviceaccount/" + name, kubeSystemUid), created));
    }
}
