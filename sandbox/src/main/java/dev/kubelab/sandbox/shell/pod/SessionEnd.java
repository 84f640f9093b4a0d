package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.io.Streams;

/** What kubectl does once the learner leaves a container's shell (report the exit code, delete a --rm pod). */
public interface SessionEnd {
    void ended(int status, Streams io);
}
