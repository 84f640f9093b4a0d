package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;

/**
 * rest.FillObjectMetaSystemFields plus generateName: a name from the prefix and five random characters, a uid,
 * creationTimestamp = now. Values a caller already set (controllers replaying history) are kept.
 */
final class SystemFields {
    private static final int MAX_GENERATED_PREFIX = 58;
    private final Seed seed;
    private final SimClock clock;

    SystemFields(Seed seed, SimClock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    <T extends KubeObject> T forCreate(T object) {
        ObjectMeta m = object.metadata();
        String name = m.name();
        if ((name == null || name.isEmpty()) && m.generateName() != null && !m.generateName().isEmpty()) {
            String prefix = m.generateName();
            if (prefix.length() > MAX_GENERATED_PREFIX) {
                prefix = prefix.substring(0, MAX_GENERATED_PREFIX);
            }
            name = prefix + seed.nameSuffix(5);
        }
        boolean hasUid = m.uid() != null && !m.uid().isEmpty();
        if (hasUid && m.creationTimestamp() != null && name != null && name.equals(m.name())) {
            return object;
        }
        ObjectMeta filled = ObjectMeta.of(name, m.namespace(), hasUid ? m.uid() : seed.uid(),
                        m.creationTimestamp() != null ? m.creationTimestamp() : clock.now(), m.labels())
                .withAnnotations(m.annotations())
                .withOwnerReferences(m.ownerReferences())
                .withGenerateName(m.generateName())
                .withGeneration(m.generation() == 0 && CustomResources.is(object) ? 1 : m.generation());
        return (T) object.withMetadata(filled);
    }
}
