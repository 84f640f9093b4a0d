package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.io.Streams;

import java.util.List;

/** What `kubectl exec` and `kubectl run -it` need from the terminal: enter a container's shell, or run one command. */
public interface PodLogin {
    /** Nothing to log in to (a kubectl without a terminal, as in unit tests). */
    PodLogin NONE = new PodLogin() {
        @Override
        public void enter(PodTarget target, String shell, SessionEnd end) {
        }

        @Override
        public int run(PodTarget target, List<String> argv, Streams io) {
            return 0;
        }
    };

    /** Makes the terminal a login to the container's shell (the prompt changes); `exit` there calls end. */
    void enter(PodTarget target, String shell, SessionEnd end);

    /** What run returns when the program does not exist in the image (the runtime's error is printed). */
    int NOT_STARTED = -1;

    /** Runs argv in the container without a shell (`kubectl exec POD -- CMD…`): its exit status, or NOT_STARTED. */
    int run(PodTarget target, List<String> argv, Streams io);
}
