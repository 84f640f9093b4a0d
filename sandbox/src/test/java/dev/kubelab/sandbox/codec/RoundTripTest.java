package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.KubeObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** decode(encode(x)) == x for every object the bootstrapped cluster stores, through YAML and through JSON. */
class RoundTripTest {

    @Test
    void everyStoredObjectSurvivesYaml() {
        List<KubeObject> all = BootedCluster.allObjects();
        assertFalse(all.isEmpty());
        for (KubeObject o : all) {
            List<KubeObject> back = ObjectCodec.decodeFile(ObjectCodec.toYaml(o), "o.yaml");
            assertEquals(List.of(o), back, () -> "through YAML: " + o.kind() + " " + o.metadata().name());
        }
    }

    @Test
    void everyStoredObjectSurvivesJson() {
        for (KubeObject o : BootedCluster.allObjects()) {
            List<KubeObject> back = ObjectCodec.decodeFile(ObjectCodec.toJson(o), "o.json");
            assertEquals(List.of(o), back, () -> "through JSON: " + o.kind() + " " + o.metadata().name());
        }
    }

    @Test
    void aListOfEverythingSurvivesAsOneFile() {
        List<KubeObject> all = BootedCluster.allObjects();
        assertEquals(all, ObjectCodec.decodeFile(ObjectCodec.listToYaml(all), "all.yaml"));
        assertEquals(all, ObjectCodec.decodeFile(ObjectCodec.listToJson(all), "all.json"));
    }
}
