package dev.kubelab.sandbox.controller;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The kubelet's end of attach sessions (`kubectl run -it`, `kubectl attach -it`). A container whose process
 * reads an open stdin (a shell with `stdin: true`) keeps running while nobody types; the learner leaving the
 * session ends that shell, and kubectl hands its exit status here. The kubelet then ends that container at that
 * instant (Completed for 0, Error otherwise) and restarts it as its restartPolicy says. Keyed by containerID, so
 * a session with an earlier run of the container cannot end the one that replaced it.
 */
public final class ContainerStdin {
    /** How a session ended: the shell's exit status, and when. */
    record Ended(int status, Instant at) {}

    private final Map<String, Ended> ended = new HashMap<>();
    /** Wakes the kubelet: a session's end is news to it, like a change of a pod. */
    private Runnable listener = () -> { };

    /** The attached shell of container containerID exited with status (exit N, or the last command's status). */
    public void sessionEnded(String containerID, int status, Instant at) {
        if (containerID == null) {
            return;
        }
        ended.put(containerID, new Ended(status, at));
        listener.run();
    }

    /** The session end for this container, once (null when there is none). */
    Ended take(String containerID) {
        return containerID == null ? null : ended.remove(containerID);
    }

    /** After a kubelet pass: ends no container claimed (its pod is gone) are dropped. */
    void forgetUnclaimed() {
        ended.clear();
    }

    void onSessionEnd(Runnable wake) {
        this.listener = wake;
    }
}
