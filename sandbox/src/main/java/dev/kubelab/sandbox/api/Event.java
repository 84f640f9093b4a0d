package dev.kubelab.sandbox.api;

import java.time.Instant;

/**
 * core/v1 Event: type Normal or Warning; source = component (+ host for the kubelet); count grows when the
 * same reason/message repeats for the same object (firstTimestamp stays, lastTimestamp moves).
 */
public record Event(ObjectMeta metadata, ObjectReference involvedObject, String fieldPath, String reason,
                    String message, String type, String sourceComponent, String sourceHost,
                    Instant firstTimestamp, Instant lastTimestamp, int count, String reportingComponent,
                    String reportingInstance) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.EVENT;
    }

    @Override
    public Event withMetadata(ObjectMeta m) {
        return new Event(m, involvedObject, fieldPath, reason, message, type, sourceComponent, sourceHost,
                firstTimestamp, lastTimestamp, count, reportingComponent, reportingInstance);
    }

    /** The same event seen again at {@code at}. */
    public Event repeated(Instant at) {
        return new Event(metadata, involvedObject, fieldPath, reason, message, type, sourceComponent, sourceHost,
                firstTimestamp, at, count + 1, reportingComponent, reportingInstance);
    }
}
