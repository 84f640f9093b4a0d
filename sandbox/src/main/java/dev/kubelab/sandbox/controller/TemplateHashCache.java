package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.PodTemplateSpec;

import java.util.HashMap;
import java.util.Map;

/**
 * pod-template-hash by (namespace, workload, template) value: the hash prints the whole template as text, and
 * a Deployment's template rarely changes between passes.
 */
final class TemplateHashCache {
    private static final int LIMIT = 64;

    private record Key(String namespace, String workload, PodTemplateSpec template) {
    }

    private final Map<Key, String> hashes = new HashMap<>();

    String hash(String namespace, String workloadName, PodTemplateSpec template) {
        Key key = new Key(namespace, workloadName, template);
        String hit = hashes.get(key);
        if (hit == null) {
            hit = TemplateText.hash(namespace, workloadName, template);
            if (hashes.size() >= LIMIT) {
                hashes.clear();
            }
            hashes.put(key, hit);
        }
        return hit;
    }
}
