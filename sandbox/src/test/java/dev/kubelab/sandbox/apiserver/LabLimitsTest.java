package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabLimitsTest {

    @Test
    void aSandboxHoldsAtMostAThousandObjectsAndSaysSo() {
        Sandbox sandbox = Sandbox.boot(1, () -> Instant.parse("2026-11-27T10:00:00Z"));
        String refused = null;
        int created = 0;
        for (int i = 0; i < 1100 && refused == null; i++) {
            StringBuilder out = new StringBuilder();
            sandbox.exec("kubectl create configmap c" + i + " --from-literal=a=b", out::append);
            if (out.toString().startsWith("configmap/")) {
                created++;
            } else {
                refused = out.toString();
                assertEquals("Error from server (Forbidden): configmaps \"c" + i + "\" is forbidden: this lab holds at "
                        + "most 1000 objects; delete some before creating more\r\n", refused);
            }
        }
        assertTrue(created > 900 && created < 1000, "created " + created + " before the limit");
        StringBuilder afterDelete = new StringBuilder();
        sandbox.exec("kubectl delete configmap c0 && kubectl create configmap again --from-literal=a=b", afterDelete::append);
        assertEquals("configmap \"c0\" deleted\r\nconfigmap/again created\r\n", afterDelete.toString());
    }
}
