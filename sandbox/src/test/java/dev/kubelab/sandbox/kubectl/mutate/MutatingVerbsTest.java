package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.apiserver.ApiServerConfig;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the transcripts cannot see: stored objects after create/apply/delete/scale (no controllers run here). */
class MutatingVerbsTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final ObjectStore store = new ObjectStore();
    private final FileSystem files = new FileSystem();
    private final Kubectl kubectl = new Kubectl();
    private final ApiServer api;

    MutatingVerbsTest() {
        Seed seed = new Seed(7);
        KubeadmBootstrap.bootstrap(store, seed, NOW.minusSeconds(3600));
        api = new ApiServer(store, seed, () -> NOW, ApiServerConfig.kubeadmDefaults());
    }

    private String kubectl(String stdin, String... args) {
        StringSink out = new StringSink();
        KubectlContext ctx = new KubectlContext(store, api, NOW, new Streams(out, out, stdin), () -> files);
        kubectl.run(List.of(args), ctx);
        return out.text();
    }

    private static final String SVC = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n"
            + "  selector:\n    app: web\n  ports:\n  - port: 80\n";

    @Test
    void applyWritesTheLastAppliedAnnotationAndKeepsAllocatedNodePorts() {
        assertEquals("service/web created\n", kubectl(SVC, "apply", "-f", "-"));
        Service first = store.get(Service.class, "default", "web").orElseThrow();
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"annotations\":{},\"name\":\"web\","
                        + "\"namespace\":\"default\"},\"spec\":{\"ports\":[{\"port\":80}],\"selector\":{\"app\":\"web\"},"
                        + "\"type\":\"NodePort\"}}\n",
                first.metadata().annotations().get(LastApplied.ANNOTATION));
        assertEquals("service/web unchanged\n", kubectl(SVC, "apply", "-f", "-"));
        assertEquals("service/web configured\n", kubectl(SVC.replace("app: web", "app: web2"), "apply", "-f", "-"));
        Service second = store.get(Service.class, "default", "web").orElseThrow();
        assertEquals(first.spec().clusterIP(), second.spec().clusterIP());
        assertEquals(first.spec().ports().get(0).nodePort(), second.spec().ports().get(0).nodePort());
        assertEquals("web2", second.spec().selector().get("app"));
    }

    @Test
    void applyOverAnObjectMadeWithoutApplyWarnsOnceAndAddsTheAnnotation() {
        files.write("/root/svc.yaml", SVC, false);
        assertEquals("service/web created\n", kubectl("", "create", "-f", "/root/svc.yaml"));
        String changed = SVC.replace("app: web", "app: shop");
        assertEquals("service/web configured (dry run)\n", kubectl(changed, "apply", "-f", "-", "--dry-run=client"));
        assertEquals("Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration"
                + " annotation which is required by kubectl apply. kubectl apply should only be used on resources"
                + " created declaratively by either kubectl create --save-config or kubectl apply. The missing"
                + " annotation will be patched automatically.\nservice/web configured\n",
                kubectl(changed, "apply", "-f", "-"));
        assertEquals("service/web unchanged\n", kubectl(changed, "apply", "-f", "-"));
    }

    @Test
    void aDaemonSetsTemplateIsDefaultedLikeAnyPodTemplate() {
        kubectl("apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n"
                + "      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n    spec:\n"
                + "      containers:\n      - name: agent\n        image: nginx\n        ports:\n"
                + "        - containerPort: 7946\n", "apply", "-f", "-");
        assertEquals("TCP 7946\n", kubectl("", "get", "ds", "agent", "-o",
                "jsonpath={.spec.template.spec.containers[0].ports[0].protocol} "
                        + "{.spec.template.spec.containers[0].ports[0].containerPort}{\"\\n\"}"));
    }

    @Test
    void createDeploymentIsDefaultedAndScaleBumpsTheGeneration() {
        kubectl("", "create", "deployment", "web", "--image=nginx:1.27", "--port=80");
        Deployment d = store.get(Deployment.class, "default", "web").orElseThrow();
        assertEquals(1, d.metadata().generation());
        assertEquals("IfNotPresent", d.template().spec().containers().get(0).imagePullPolicy());
        assertEquals("TCP", d.template().spec().containers().get(0).ports().get(0).protocol());
        assertEquals("deployment.apps/web scaled\n", kubectl("", "scale", "deployment", "web", "--replicas=4"));
        Deployment scaled = store.get(Deployment.class, "default", "web").orElseThrow();
        assertEquals(4, scaled.replicas());
        assertEquals(2, scaled.metadata().generation());
    }

    @Test
    void deletingABoundPodMarksItTerminatingAndDeletingAServiceReleasesItsIp() {
        Pod coredns = store.list(Pod.class, "kube-system").stream()
                .filter(p -> p.metadata().name().startsWith("coredns")).findFirst().orElseThrow();
        kubectl("", "delete", "pod", coredns.metadata().name(), "-n", "kube-system");
        Pod terminating = store.get(Pod.class, "kube-system", coredns.metadata().name()).orElseThrow();
        assertNotNull(terminating.metadata().deletionTimestamp());
        assertEquals(30L, terminating.metadata().deletionGracePeriodSeconds());

        kubectl("", "create", "service", "clusterip", "a", "--clusterip=10.96.5.5", "--tcp=80");
        assertEquals("service \"a\" deleted\n", kubectl("", "delete", "svc", "a"));
        assertEquals("service/b created\n", kubectl("", "create", "service", "clusterip", "b",
                "--clusterip=10.96.5.5", "--tcp=80"));
    }

    @Test
    void createReadsFilesAndFoldersOfTheHost() {
        files.makeDirectory("/root/m", false);
        files.write("/root/m/a.yaml", SVC, false);
        files.write("/root/m/notes.txt", "ignored", false);
        assertEquals("service/web created\n", kubectl("", "create", "-f", "m"));
        assertTrue(kubectl("", "create", "-f", "m/a.yaml").contains("error when creating \"m/a.yaml\""));
    }
}
