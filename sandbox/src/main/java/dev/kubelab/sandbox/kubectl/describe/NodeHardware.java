package dev.kubelab.sandbox.kubectl.describe;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine's Node objects do not model but describe node prints: the lab VMs' capacity and
 * allocatable (2 vCPU, 4 GiB, 20 GiB disk; resource names in kubectl's sorted order) and the machine, system
 * and boot ids, derived from the node name so they stay the same on every run.
 */
final class NodeHardware {
    static final Map<String, String> CAPACITY = ordered("2", "20134592Ki", "4015040Ki");
    static final Map<String, String> ALLOCATABLE = ordered("2", "18556039957", "3912640Ki");

    private NodeHardware() {
    }

    private static Map<String, String> ordered(String cpu, String disk, String memory) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpu", cpu);
        m.put("ephemeral-storage", disk);
        m.put("hugepages-1Gi", "0");
        m.put("hugepages-2Mi", "0");
        m.put("memory", memory);
        m.put("pods", "110");
        return m;
    }

    /** /etc/machine-id: 32 hex digits. */
    static String machineId(String node) {
        return id("machine-id/" + node).toString().replace("-", "");
    }

    /** The DMI product UUID. */
    static String systemUuid(String node) {
        return id("system-uuid/" + node).toString();
    }

    static String bootId(String node) {
        return id("boot-id/" + node).toString();
    }

    private static UUID id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
