package dev.kubelab.sandbox.store;

/**
 * The text of a resourceVersion. Every sandbox's store counts from 1 and its bootstrap writes the same objects in
 * the same order, so the low numbers recur in every sandbox: their strings are made once, shared by all (heap per
 * sandbox), and immutable after class initialisation.
 */
final class ResourceVersionText {
    private static final String[] SHARED = new String[2048];

    static {
        for (int i = 0; i < SHARED.length; i++) {
            SHARED[i] = Integer.toString(i);
        }
    }

    private ResourceVersionText() {
    }

    static String of(long resourceVersion) {
        return resourceVersion >= 0 && resourceVersion < SHARED.length ? SHARED[(int) resourceVersion]
                : Long.toString(resourceVersion);
    }
}
