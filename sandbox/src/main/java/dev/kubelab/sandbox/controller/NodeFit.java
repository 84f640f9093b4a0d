package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Taint;
import dev.kubelab.sandbox.api.Toleration;

import java.util.Map;
import java.util.TreeMap;

/** The scheduler's filter plugins, each failing with the reason text kube-scheduler prints. */
final class NodeFit {
    private NodeFit() {
    }

    /** null when the pod fits on the node, else the reason (e.g. "node(s) were unschedulable"). */
    static String reason(Pod pod, Node node) {
        if (node.spec().unschedulable() && !tolerates(pod, new Taint("node.kubernetes.io/unschedulable", "",
                "NoSchedule"))) {
            return "node(s) were unschedulable";
        }
        boolean ready = node.status().condition("Ready").map(c -> "True".equals(c.status())).orElse(false);
        if (!ready && !tolerates(pod, new Taint("node.kubernetes.io/not-ready", "", "NoSchedule"))) {
            return "node(s) had untolerated taint {node.kubernetes.io/not-ready: }";
        }
        for (Map.Entry<String, String> e : pod.spec().nodeSelector().entrySet()) {
            if (!e.getValue().equals(node.metadata().labels().get(e.getKey()))) {
                return "node(s) didn't match Node's node affinity/selector";
            }
        }
        for (Taint t : node.spec().taints()) {
            if (("NoSchedule".equals(t.effect()) || "NoExecute".equals(t.effect())) && !tolerates(pod, t)) {
                return "node(s) had untolerated taint {" + t.key() + ": " + (t.value() == null ? "" : t.value()) + "}";
            }
        }
        return null;
    }

    static boolean tolerates(Pod pod, Taint taint) {
        for (Toleration t : pod.spec().tolerations()) {
            if (t.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }

    /** Collects "N node(s) …" counts; the message lists them sorted by text, as the framework does. */
    static final class Verdicts {
        private final Map<String, Integer> counts = new TreeMap<>();

        void add(String reason) {
            counts.merge(reason, 1, Integer::sum);
        }

        String message(int nodes) {
            StringBuilder sb = new StringBuilder("0/").append(nodes).append(" nodes are available: ");
            java.util.List<String> parts = new java.util.ArrayList<>();
            counts.forEach((reason, n) -> parts.add(n + " " + reason));
            java.util.Collections.sort(parts); // framework sorts "N reason" strings, count included
            sb.append(String.join(", ", parts));
            return sb.append(". preemption: 0/").append(nodes).append(" nodes are available: ").append(nodes)
                    .append(" Preemption is not helpful for scheduling.").toString();
        }
    }
}
