package dev.kubelab.sandbox.api;

/** Any object the API server stores: it has metadata and knows its kind. */
public sealed interface KubeObject
        permits Namespace, Node, Pod, Service, Endpoints, Deployment, ReplicaSet, DaemonSet,
                ReplicationController, StatefulSet, EndpointSlice, ConfigMap, Event, GenericObject {

    ObjectMeta metadata();

    Kind kind();

    /** The same object with other metadata (the store stamps resourceVersion this way). */
    KubeObject withMetadata(ObjectMeta metadata);
}
