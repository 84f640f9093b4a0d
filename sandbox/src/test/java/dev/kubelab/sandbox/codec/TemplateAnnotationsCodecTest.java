package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** spec.template.metadata.annotations: read from manifests, printed where kubectl prints them, round-tripped. */
class TemplateAnnotationsCodecTest {
    private static final String MANIFEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  annotations:
                    kubectl.kubernetes.io/restartedAt: "2025-01-01T00:01:00Z"
                  labels:
                    app: web
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
            """;

    @Test
    void aManifestsTemplateAnnotationsAreRead() {
        Deployment d = (Deployment) ObjectCodec.decodeFile(MANIFEST, "web.yaml").get(0);
        assertEquals(Map.of("kubectl.kubernetes.io/restartedAt", "2025-01-01T00:01:00Z"), d.template().annotations());
        assertEquals(Map.of("app", "web"), d.template().labels());
    }

    @Test
    void theyArePrintedBeforeCreationTimestampAndLabels() {
        Deployment d = (Deployment) ObjectCodec.decodeFile(MANIFEST, "web.yaml").get(0);
        String yaml = ObjectCodec.toYaml(d);
        assertTrue(yaml.contains("""
                  template:
                    metadata:
                      annotations:
                        kubectl.kubernetes.io/restartedAt: "2025-01-01T00:01:00Z"
                      creationTimestamp: null
                      labels:
                        app: web
                """), yaml);
    }

    @Test
    void aTemplateWithoutAnnotationsPrintsNone() {
        String manifest = MANIFEST.replace("      annotations:\n        kubectl.kubernetes.io/restartedAt: "
                + "\"2025-01-01T00:01:00Z\"\n", "");
        Deployment d = (Deployment) ObjectCodec.decodeFile(manifest, "web.yaml").get(0);
        assertEquals(Map.of(), d.template().annotations());
        assertTrue(!ObjectCodec.toYaml(d).contains("annotations"));
    }

    @Test
    void theyRoundTripThroughJson() {
        KubeObject d = ObjectCodec.decodeFile(MANIFEST, "web.yaml").get(0);
        assertEquals(List.of(d), ObjectCodec.decodeFile(ObjectCodec.toJson(d), "web.json"));
    }
}
