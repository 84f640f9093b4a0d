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
        assertEquals(new Completion(8, List.of("annotate", "api-resources", "api-versions",
                "apply", "attach", "auth", "cluster-info", "config", "create", "delete", "describe", "edit", "events", "exec", "explain", "expose",
                "get", "help", "label", "logs", "options", "patch", "port-forward", "replace", "rollout", "run", "scale", "set", "top", "version", "wait")), sandbox.complete("kubectl ", 8));
        assertEquals(new Completion(8, List.of("get")), sandbox.complete("kubectl g", 9));
    }

    @Test
    void resourceTypesAfterGet() {
        assertEquals(new Completion(12, List.of("pods")), sandbox.complete("kubectl get po", 14));
        assertEquals(new Completion(12, List.of("configmaps", "daemonsets.apps", "deployments.apps", "endpoints",
                "endpointslices.discovery.k8s.io", "events", "namespaces", "nodes", "pods", "replicasets.apps",
                "replicationcontrollers", "serviceaccounts", "services", "statefulsets.apps")),
                sandbox.complete("kubectl get ", 12));
        assertEquals(new Completion(12, List.of("deployments.apps")), sandbox.complete("kubectl get dep", 15));
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

    @Test
    void throughAnAliasAndAfterAPipe() {
        sandbox.exec("alias k=kubectl", text -> { });
        assertEquals(new Completion(2, List.of("get")), sandbox.complete("k ge", 4));
        assertEquals(new Completion(6, List.of("nodes")), sandbox.complete("k get nodes", 11));
        assertEquals(List.of("k", "kill", "kubectl"), sandbox.complete("k", 1).candidates());
        assertEquals(new Completion(23, List.of("kubectl")), sandbox.complete("kubectl get pods | wc; ku", 25));
    }

    @Test
    void fileNamesForOtherCommandsAndKubectlDashF() {
        sandbox.exec("echo x > svc.yaml; echo y > service-notes.txt", text -> { });
        assertEquals(new Completion(4, List.of("service-notes.txt", "svc.yaml")), sandbox.complete("cat s", 5));
        assertEquals(new Completion(17, List.of("svc.yaml")), sandbox.complete("kubectl apply -f sv", 19));
        assertEquals(List.of("/etc/kubernetes/"), sandbox.complete("ls /etc/k", 9).candidates());
    }
}
