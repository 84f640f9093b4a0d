package dev.kubelab.sandbox.api;

/**
 * One entry of spec.ports, fields as Kubernetes names them. Unset values as the API server receives them:
 * protocol and appProtocol null, targetPort null, nodePort 0. name may be "" for a single unnamed port.
 */
public record ServicePort(String name, String protocol, String appProtocol, int port, IntOrString targetPort,
                          int nodePort) {
    public ServicePort {
        name = name == null ? "" : name;
    }

    /** Without appProtocol (the common shape). */
    public ServicePort(String name, String protocol, int port, IntOrString targetPort, int nodePort) {
        this(name, protocol, null, port, targetPort, nodePort);
    }

    public ServicePort withNodePort(int newNodePort) {
        return new ServicePort(name, protocol, appProtocol, port, targetPort, newNodePort);
    }
}
