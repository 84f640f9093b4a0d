package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.store.ObjectStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * `kubectl get -o yaml|json` of bootstrapped objects against golden files beside this test. Regenerate with
 * {@code ./mvnw -B -o test -Dtest=GoldenYamlTest -Dgolden.update=true}, then review every diff by eye.
 */
class GoldenYamlTest {
    private static final Path DIR = Path.of("sandbox/src/test/resources/dev/kubelab/sandbox/codec");

    @Test
    void kubeDnsService() throws IOException {
        check("svc-kube-dns.yaml", ObjectCodec.toYaml(service("kube-system", "kube-dns")));
    }

    @Test
    void kubernetesService() throws IOException {
        check("svc-kubernetes.yaml", ObjectCodec.toYaml(service("default", "kubernetes")));
        check("svc-kubernetes.json", ObjectCodec.toJson(service("default", "kubernetes")));
    }

    @Test
    void corednsPod() throws IOException {
        ObjectStore store = BootedCluster.store();
        Pod pod = store.list(Pod.class, "kube-system").stream()
                .filter(p -> p.metadata().name().startsWith("coredns-")).findFirst().orElseThrow();
        check("pod-coredns.yaml", ObjectCodec.toYaml(pod));
    }

    @Test
    void corednsDeployment() throws IOException {
        check("deploy-coredns.yaml", ObjectCodec.toYaml(BootedCluster.store().get(Deployment.class, "kube-system",
                "coredns").orElseThrow()));
    }

    private static KubeObject service(String namespace, String name) {
        return BootedCluster.store().get(Service.class, namespace, name).orElseThrow();
    }

    private static void check(String file, String actual) throws IOException {
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String resource = "/dev/kubelab/sandbox/codec/" + file;
        try (var in = GoldenYamlTest.class.getResourceAsStream(resource)) {
            String expected = in == null ? Files.readString(golden) : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(expected, actual, file);
        }
    }
}
