package dev.kubelab.sandbox.kubectl;

/** What bare `kubectl` (or `kubectl --help`) prints here: kubectl's layout, our words, this lab's verbs. */
final class RootHelp {
    static final String TEXT = """
            kubectl controls the Kubernetes cluster manager.

             This terminal talks to a simulated kubeadm v1.32 cluster. The commands below work here;
             more arrive as the course goes on.

            Basic Commands (Intermediate):
              get            Show one or many resources as a table

            Cluster Management Commands:
              cluster-info   Show where the control plane and cluster services run

            Other Commands:
              version        Show the client and server versions

            Usage:
              kubectl [flags] [options]

            Use "kubectl <command> --help" for more information about a given command.
            """;

    private RootHelp() {
    }
}
