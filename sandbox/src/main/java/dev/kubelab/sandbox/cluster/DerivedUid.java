package dev.kubelab.sandbox.cluster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Uids for bootstrap objects added after the cluster's shape was fixed: derived from a parent object's uid instead of
 * drawn from the sandbox's random source, so adding them did not move any other seeded value (pod names, IPs).
 */
public final class DerivedUid {
    private DerivedUid() {
    }

    public static String of(String salt, String parentUid) {
        UUID u = UUID.nameUUIDFromBytes((salt + "/" + parentUid).getBytes(StandardCharsets.UTF_8));
        long msb = (u.getMostSignificantBits() & ~0xF000L) | 0x4000L; // version 4, as the API server's are
        return new UUID(msb, u.getLeastSignificantBits()).toString();
    }
}
