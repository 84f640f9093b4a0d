package dev.kubelab.sandbox.controller;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PodTemplateHashTest {
    @Test
    void fnv32aThenSafeEncode() {
        // FNV-32a("") = 2166136261, FNV-32a("a") = 3826002220; digits map to "45678 9bcdf".
        assertEquals("65bb57b6b5", PodTemplateHash.of(""));
        assertEquals("7d6b446664", PodTemplateHash.of("a"));
    }
}
