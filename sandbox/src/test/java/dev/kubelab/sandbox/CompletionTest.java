package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletionTest {
    private final Sandbox sandbox = new Transcript().sandbox();

    @Test
    void firstWordIsACommand() {
        assertEquals(new Completion(0, List.of("kubectl")), sandbox.complete("ku", 2));
        assertEquals(new Completion(0, List.of("echo", "env", "exit", "export")), sandbox.complete("e", 1));
    }

    @Test
    void kubectlVerbs() {
        assertEquals(new Completion(8, List.of("cluster-info", "get", "version")), sandbox.complete("kubectl ", 8));
        assertEquals(new Completion(8, List.of("get")), sandbox.complete("kubectl g", 9));
    }

    @Test
    void resourceTypesAfterGet() {
        assertEquals(new Completion(12, List.of("pods")), sandbox.complete("kubectl get po", 14));
        assertEquals(new Completion(12, List.of("endpoints", "nodes", "pods", "services")),
                sandbox.complete("kubectl get ", 12));
    }

    @Test
    void objectNamesOfTheKindInTheNamespace() {
        assertEquals(new Completion(16, List.of("kubernetes")), sandbox.complete("kubectl get svc k", 17));
        List<String> dns = sandbox.complete("kubectl -n kube-system get pods cored", 37).candidates();
        assertEquals(2, dns.size());
        assertEquals(new Completion(30, List.of("kube-dns")),
                sandbox.complete("kubectl get ep -n kube-system kube-d", 36));
        assertEquals(List.of("node01", "node02"), sandbox.complete("kubectl get nodes node", 22).candidates());
    }

    @Test
    void completesOnlyUpToTheCursor() {
        assertEquals(new Completion(8, List.of("get")), sandbox.complete("kubectl ge pods", 10));
    }
}
