package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.ObjectReference;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * client-go's event recorder: one core/v1 Event per (object, reason, message, source); a repeat bumps count
 * and lastTimestamp. Names are &lt;object&gt;.&lt;hex nanoseconds&gt; like real ones, from the simulated clock.
 */
public final class EventRecorder {
    /** kube-apiserver's default --event-ttl: events older than this disappear. */
    static final Duration TTL = Duration.ofHours(1);
    private final ObjectStore store;
    private final Seed seed;

    public EventRecorder(ObjectStore store, Seed seed) {
        this.store = store;
        this.seed = seed;
    }

    public void normal(Instant at, KubeObject about, String reason, String message, String component, String host) {
        record(at, about, null, "Normal", reason, message, component, host);
    }

    public void warning(Instant at, KubeObject about, String reason, String message, String component, String host) {
        record(at, about, null, "Warning", reason, message, component, host);
    }

    /** fieldPath e.g. spec.containers{nginx} for kubelet events about one container. */
    public void record(Instant at, KubeObject about, String fieldPath, String type, String reason, String message,
                       String component, String host) {
        ObjectMeta m = about.metadata();
        String ns = m.namespace().isEmpty() ? "default" : m.namespace();
        Instant expired = at.minus(TTL);
        // One read-only pass over the live events (no copy of the namespace per event), then the writes in the
        // order the scan found them: expired events before the first live repeat go (the apiserver's --event-ttl).
        List<String> expiredNames = null;
        Event repeat = null;
        for (Event e : store.live(Event.class, ns)) {
            if (e.lastTimestamp() != null && e.lastTimestamp().isBefore(expired)) {
                expiredNames = expiredNames == null ? new ArrayList<>() : expiredNames;
                expiredNames.add(e.metadata().name());
            } else if (e.involvedObject().uid().equals(m.uid()) && e.reason().equals(reason)
                    && e.message().equals(message) && e.sourceComponent().equals(component)
                    && Objects.equals(e.fieldPath(), fieldPath)) {
                repeat = e;
                break;
            }
        }
        if (expiredNames != null) {
            expiredNames.forEach(name -> store.delete(Kind.EVENT, ns, name));
        }
        if (repeat != null) {
            store.update(repeat.repeated(at));
            return;
        }
        String name = m.name() + "." + Long.toHexString(at.getEpochSecond() * 1_000_000_000L + at.getNano());
        while (store.get(Event.class, ns, name).isPresent()) {
            name = m.name() + "." + Long.toHexString(Long.parseLong(name.substring(name.lastIndexOf('.') + 1), 16) + 1);
        }
        ObjectReference involved = new ObjectReference(about.kind().kindName(), m.namespace(), m.name(), m.uid());
        // Most messages and field paths repeat from pod to pod ("Pulling image \"nginx\""): interned, every
        // sandbox's Events share one copy of each (events are most of a busy sandbox's heap).
        store.create(new Event(ObjectMeta.of(name, ns, seed.uid(), at, Map.of()), involved,
                fieldPath == null ? null : fieldPath.intern(), reason, message.intern(), type, component, host, at, at, 1,
                component,
                host == null ? "" : host));
    }
}
