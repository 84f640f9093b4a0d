package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One kind's `kubectl describe` text (kubectl pkg/describe). */
public interface Describer {
    String describe(KubeObject object, ObjectStore store, Instant now);

    /** The describer of a kind, if this terminal has one. */
    static Optional<Describer> forKind(Kind kind) {
        switch (kind) {
            case SERVICE:
                return Optional.of(new ServiceDescriber());
            case ENDPOINTS:
                return Optional.of(new EndpointsDescriber());
            case ENDPOINTSLICE:
                return Optional.of(new EndpointSliceDescriber());
            case POD:
                return Optional.of(new PodDescriber());
            case CONFIGMAP:
                return Optional.of(new ConfigMapDescriber());
            case NODE:
                return Optional.of(new NodeDescriber());
            case DEPLOYMENT:
                return Optional.of(new DeploymentDescriber());
            case REPLICASET:
            case REPLICATIONCONTROLLER:
                return Optional.of(new ReplicaSetDescriber());
            case STATEFULSET:
                return Optional.of(new StatefulSetDescriber());
            case DAEMONSET:
                return Optional.of(new DaemonSetDescriber());
            default:
                return Optional.empty();
        }
    }

    /** The events about one object (searchEvents: involvedObject kind, name, namespace and uid). */
    static List<Event> eventsAbout(KubeObject object, ObjectStore store) {
        String ns = object.metadata().namespace().isEmpty() ? "default" : object.metadata().namespace();
        List<Event> out = new ArrayList<>();
        for (Event e : store.list(Event.class, ns)) {
            var ref = e.involvedObject();
            if (ref.kind().equals(object.kind().kindName()) && ref.name().equals(object.metadata().name())
                    && (ref.uid() == null || ref.uid().equals(object.metadata().uid()))) {
                out.add(e);
            }
        }
        return out;
    }
}
