package dev.kubelab.sandbox.api;

/**
 * status.containerStatuses[]: lastState holds the previous termination (RESTARTS "N (Xs ago)" reads its
 * finishedAt); started null = unknown; imageID/containerID null until the container was created.
 */
public record ContainerStatus(String name, String image, boolean ready, int restartCount, ContainerState state,
                              ContainerState lastState, Boolean started, String imageID, String containerID) {
    public ContainerStatus {
        lastState = lastState == null ? ContainerState.NONE : lastState;
    }

    /** The original shape. */
    public ContainerStatus(String name, String image, boolean ready, int restartCount, ContainerState state) {
        this(name, image, ready, restartCount, state, ContainerState.NONE, state.running() != null, null, null);
    }
}
