package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.ObjectMeta;

import java.time.Instant;
import java.util.Map;

/**
 * The ConfigMaps kubeadm writes for its addons: kube-proxy's component config (mode "" = iptables; a learner
 * edits it to switch to IPVS) and CoreDNS's Corefile (reference §6.2); and kubeadm-config, the uploaded
 * ClusterConfiguration (v1beta4 since kubeadm 1.31) with the service and pod subnets (reference §11). Their uids come from a fixed source,
 * so adding them leaves the sandbox seed's later draws (pod names, ClusterIPs) as they were.
 */
final class AddonConfigMaps {
    private static final String KUBE_PROXY_CONFIG = """
            apiVersion: kubeproxy.config.k8s.io/v1alpha1
            bindAddress: 0.0.0.0
            bindAddressHardFail: false
            clientConnection:
              acceptContentTypes: ""
              burst: 0
              contentType: ""
              kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
              qps: 0
            clusterCIDR: 192.168.0.0/16
            configSyncPeriod: 0s
            conntrack:
              maxPerCore: null
              min: null
              tcpBeLiberal: false
              tcpCloseWaitTimeout: null
              tcpEstablishedTimeout: null
              udpStreamTimeout: 0s
              udpTimeout: 0s
            detectLocal:
              bridgeInterface: ""
              interfaceNamePrefix: ""
            detectLocalMode: ""
            enableProfiling: false
            healthzBindAddress: ""
            hostnameOverride: ""
            iptables:
              localhostNodePorts: null
              masqueradeAll: false
              masqueradeBit: null
              minSyncPeriod: 0s
              syncPeriod: 0s
            ipvs:
              excludeCIDRs: null
              minSyncPeriod: 0s
              scheduler: ""
              strictARP: false
              syncPeriod: 0s
              tcpFinTimeout: 0s
              tcpTimeout: 0s
              udpTimeout: 0s
            kind: KubeProxyConfiguration
            logging:
              flushFrequency: 0
              options:
                json:
                  infoBufferSize: "0"
                text:
                  infoBufferSize: "0"
              verbosity: 0
            metricsBindAddress: ""
            mode: ""
            nftables:
              masqueradeAll: false
              masqueradeBit: null
              minSyncPeriod: 0s
              syncPeriod: 0s
            nodePortAddresses: null
            oomScoreAdj: null
            portRange: ""
            showHiddenMetricsForVersion: ""
            winkernel:
              enableDSR: false
              forwardHealthCheckVip: false
              networkName: ""
              rootHnsEndpointName: ""
              sourceVip: ""
            """;

    private static final String KUBE_PROXY_KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
                server: %s
              name: default
            contexts:
            - context:
                cluster: default
                namespace: default
                user: default
              name: default
            current-context: default
            users:
            - name: default
              user:
                tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
            """.formatted(ClusterFacts.API_SERVER_URL);

    private static final String COREFILE = """
            .:53 {
                errors
                health {
                   lameduck 5s
                }
                ready
                kubernetes cluster.local in-addr.arpa ip6.arpa {
                   pods insecure
                   fallthrough in-addr.arpa ip6.arpa
                   ttl 30
                }
                prometheus :9153
                forward . /etc/resolv.conf {
                   max_concurrent 1000
                }
                cache 30 {
                   disable success cluster.local
                   disable denial cluster.local
                }
                loop
                reload
                loadbalance
            }
            """;

    private static final String CLUSTER_CONFIGURATION = """
            apiServer: {}
            apiVersion: kubeadm.k8s.io/v1beta4
            caCertificateValidityPeriod: 87600h0m0s
            certificateValidityPeriod: 8760h0m0s
            certificatesDir: /etc/kubernetes/pki
            clusterName: kubernetes
            controllerManager: {}
            dns: {}
            encryptionAlgorithm: RSA-2048
            etcd:
              local:
                dataDir: /var/lib/etcd
            imageRepository: registry.k8s.io
            kind: ClusterConfiguration
            kubernetesVersion: %s
            networking:
              dnsDomain: cluster.local
              podSubnet: 192.168.0.0/16
              serviceSubnet: 10.96.0.0/12
            proxy: {}
            scheduler: {}
            """.formatted(ClusterFacts.KUBERNETES_VERSION);

    private AddonConfigMaps() {
    }

    static void install(Build b) {
        Seed ids = new Seed(0x6b7562656164L); // a fixed source: see the class comment
        Instant created = b.timeline().atSeconds(9);
        b.store().create(new ConfigMap(ObjectMeta.of("kube-proxy", "kube-system", ids.uid(), created,
                Map.of("app", "kube-proxy")),
                Map.of("config.conf", KUBE_PROXY_CONFIG, "kubeconfig.conf", KUBE_PROXY_KUBECONFIG)));
        b.store().create(new ConfigMap(ObjectMeta.of("coredns", "kube-system", ids.uid(), created, Map.of()),
                Map.of("Corefile", COREFILE)));
        b.store().create(new ConfigMap(ObjectMeta.of("kubeadm-config", "kube-system", ids.uid(),
                b.timeline().atSeconds(6), Map.of()), Map.of("ClusterConfiguration", CLUSTER_CONFIGURATION)));
    }
}
