package dev.kubelab.sandbox.catalog;

import dev.kubelab.sandbox.api.Container;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCatalogTest {
    private final ImageCatalog catalog = ImageCatalog.standard();

    @Test
    void referencesNormaliseLikeContainerd() {
        assertEquals("docker.io/library/nginx:latest", ImageRef.parse("nginx").canonical());
        assertEquals("docker.io/curlimages/curl:8.13.0", ImageRef.parse("curlimages/curl:8.13.0").canonical());
        assertEquals("registry.k8s.io/coredns/coredns:v1.11.3",
                ImageRef.parse("registry.k8s.io/coredns/coredns:v1.11.3").canonical());
    }

    @Test
    void knownImagesAndTags() {
        assertTrue(catalog.pullable("nginx"));
        assertTrue(catalog.pullable("docker.io/library/nginx:1.27"));
        assertFalse(catalog.pullable("ngnix"));
        assertFalse(catalog.pullable("nginx:1.99"));
        assertTrue(catalog.pullable("registry.k8s.io/kube-proxy:v1.32.4"));
        assertTrue(catalog.pullable("docker.io/calico/node:v3.29.3"));
        assertTrue(catalog.lookup("nicolaka/netshoot").orElseThrow().hasTool("dig"));
        assertEquals("busybox", catalog.lookup("busybox").orElseThrow().nslookup());
    }

    @Test
    void nginxServesItsWelcomePageWithTheVersionHeader() {
        Server s = catalog.serverFor(new Container("nginx", "nginx:1.27", List.of())).get(80);
        assertEquals("nginx/1.27.5", s.http().headers().get("Server"));
        assertEquals(615, s.http().body().length());
        assertTrue(s.http().body().startsWith("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>"));
        assertEquals("/usr/share/nginx/html", s.docroot());
    }

    @Test
    void httpdSaysItWorks() {
        Server s = catalog.serverFor(new Container("httpd", "httpd", List.of())).get(80);
        assertEquals("<html><body><h1>It works!</h1></body></html>\n", s.http().body());
    }

    @Test
    void httpEchoAnswersItsTextOnItsListenPort() {
        Container c = new Container("e", "hashicorp/http-echo", List.of()).withCommand(List.of(),
                List.of("-text=hello", "-listen=:8080"));
        Server s = catalog.serverFor(c).get(8080);
        assertEquals("hello\n", s.http().body());
        assertTrue(s.http().serves("/anything"));
        assertEquals(5678, catalog.serverFor(new Container("e", "hashicorp/http-echo", List.of())
                .withCommand(List.of(), List.of("-text=x"))).keySet().iterator().next());
    }

    @Test
    void busyboxExitsUnlessItsCommandKeepsItBusy() {
        Container plain = new Container("b", "busybox", List.of());
        assertFalse(catalog.process(plain).forever());
        ContainerProcess sleeper = catalog.process(plain.withCommand(List.of("sleep", "3600"), List.of()));
        assertEquals(3600, sleeper.runSeconds());
        assertEquals(-1, sleeper.stopSeconds());
        ContainerProcess server = catalog.process(plain.withCommand(List.of("sh", "-c", "httpd -f -p 8080 -h /www"), List.of()));
        assertTrue(server.forever());
        assertEquals(8080, server.servers().get(0).port());
        assertEquals("/www", server.servers().get(0).docroot());
        ContainerProcess nc = catalog.process(plain.withCommand(List.of("sh", "-c", "nc -lk -p 9000 -e echo hi"), List.of()));
        assertEquals(9000, nc.servers().get(0).port());
        assertEquals(1, catalog.process(plain.withCommand(List.of("sh", "-c", "exit 1"), List.of())).exitCode());
        assertEquals(2, catalog.process(new Container("c", "curlimages/curl", List.of())).exitCode());
    }

    @Test
    void theWriterPatternAppendsDateLines() {
        Container writer = new Container("writer", "busybox", List.of()).withCommand(List.of("sh", "-c"),
                List.of("while true; do date >> /usr/share/nginx/html/index.html; sleep 5; done"));
        ContainerProcess p = catalog.process(writer);
        assertTrue(p.forever());
        assertEquals(List.of(new ContainerProcess.Appender("/usr/share/nginx/html/index.html", "date", 5)), p.appends());
    }
}
