package dev.kubelab.sandbox.kubectl.cmd;

/** What `kubectl get --help` prints here (in our words). */
final class GetHelp {
    static final String TEXT = """
            Display one or many resources.

            Examples:
              # List the pods in the current namespace (default)
              kubectl get pods

              # List pods in every namespace, with their IPs and nodes
              kubectl get pods -A -o wide

              # Show one Service, and Services and Endpoints together
              kubectl get svc kubernetes
              kubectl get svc,ep -n kube-system

              # Everything a namespace runs, and pods picked by label
              kubectl get all -n kube-system
              kubectl get pods -n kube-system -l k8s-app=kube-dns

              # Watch pods start, become ready and go away (Ctrl-C stops)
              kubectl get pods -w

              # One object as YAML, or one field of it
              kubectl get svc kubernetes -o yaml
              kubectl get svc kubernetes -o jsonpath='{.spec.clusterIP}'

              # Columns of your choice: HEADER:PATH pairs, or a file with a header line and a path line
              kubectl get pods -o custom-columns=NAME:.metadata.name,IP:.status.podIP,NODE:.spec.nodeName
              kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image
              kubectl get pods -o custom-columns-file=columns.txt

            Resource types available here: all, nodes (no), namespaces (ns), pods (po), services (svc),
            endpoints (ep), endpointslices, deployments (deploy), replicasets (rs), daemonsets (ds),
            configmaps (cm), events (ev).

            Options:
              -A, --all-namespaces     List across all namespaces
              -n, --namespace NS       Namespace to look in (default: default)
              -l, --selector SELECTOR  Only objects whose labels match (e.g. -l app=nginx)
              -L, --label-columns KEYS Add one column per label key
              -o, --output FORMAT      wide, yaml, json, name, jsonpath=TEMPLATE, custom-columns=SPEC
                                       or custom-columns-file=FILE
                  --show-labels        Add a LABELS column
                  --no-headers         Leave out the header line
                  --sort-by PATH       Sort by a field, e.g. --sort-by=.metadata.name
                  --ignore-not-found   Say nothing about named objects that do not exist
              -w, --watch              After the listing, print each change of a listed object (Ctrl-C stops)
                  --watch-only         Print only the changes, not the listing first
                  --output-watch-events  With --watch: an EVENT column (ADDED, MODIFIED, DELETED)

            Usage:
              kubectl get [(-o|--output=)wide|yaml|json|name|custom-columns=...|custom-columns-file=...|jsonpath=...] (TYPE[,TYPE...] [NAME ...] | TYPE/NAME ...) [flags] [options]
            """;

    private GetHelp() {
    }
}
