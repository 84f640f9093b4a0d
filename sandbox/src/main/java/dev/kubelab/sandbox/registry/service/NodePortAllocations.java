package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.registry.alloc.AllocationException;
import dev.kubelab.sandbox.registry.alloc.AllocationTxn;
import dev.kubelab.sandbox.registry.alloc.NodePortAllocator;
import dev.kubelab.sandbox.registry.field.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** alloc.go: nodePorts and the health-check nodePort of a Service (initNodePorts, updateNodePorts, release). */
final class NodePortAllocations {
    private final NodePortAllocator ports;

    NodePortAllocations(NodePortAllocator ports) {
        this.ports = ports;
    }

    void allocateCreate(ServiceDraft s, AllocationTxn txn) {
        if (ServiceRules.needsNodePort(s)) {
            initNodePorts(s, txn);
        }
        if (ServiceRules.needsHealthCheck(s)) {
            allocHealthCheck(s, txn);
        }
    }

    void allocateUpdate(ServiceDraft s, ServiceDraft old, AllocationTxn txn) {
        if (ServiceRules.needsNodePort(old) && (s.isType(ServiceRules.EXTERNAL_NAME) || s.isType(ServiceRules.CLUSTER_IP))) {
            releaseOnCommit(ServiceRules.nodePorts(old), txn);
        }
        if (ServiceRules.needsNodePort(s)) {
            updateNodePorts(s, old, txn);
        }
        boolean needed = ServiceRules.needsHealthCheck(old);
        boolean needs = ServiceRules.needsHealthCheck(s);
        if (!needed && needs) {
            allocHealthCheck(s, txn);
        } else if (needed && !needs) {
            releaseOnCommit(List.of(old.healthCheckNodePort), txn);
        }
    }

    void release(ServiceDraft s) {
        ServiceRules.nodePorts(s).forEach(ports::release);
        if (ServiceRules.needsHealthCheck(s) && s.healthCheckNodePort > 0) {
            ports.release(s.healthCheckNodePort);
        }
    }

    void register(ServiceDraft s) {
        List<Integer> held = new ArrayList<>(ServiceRules.nodePorts(s));
        if (s.healthCheckNodePort > 0) {
            held.add(s.healthCheckNodePort);
        }
        for (int port : held) {
            try {
                ports.allocate(port);
            } catch (AllocationException ignored) {
                // Shared or out-of-range ports are left as they are, as the repair loop does.
            }
        }
    }

    /** Identical `port` values share one nodePort; requested values are honoured, the others picked at random. */
    private void initNodePorts(ServiceDraft s, AllocationTxn txn) {
        Map<Integer, Integer> byServicePort = new HashMap<>();
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePort sp = s.ports.get(i);
            if (sp.nodePort() == 0 && !ServiceRules.shouldAllocateNodePorts(s)) {
                continue;
            }
            int shared = byServicePort.getOrDefault(sp.port(), 0);
            if (shared == 0) {
                int requested = requestedFor(sp.port(), s.ports);
                int np = requested != 0 ? allocate(s, i, requested, txn) : allocateNext(txn);
                s.ports.set(i, sp.withNodePort(np));
                byServicePort.put(sp.port(), np);
            } else if (sp.nodePort() != shared) {
                if (sp.nodePort() == 0) {
                    s.ports.set(i, sp.withNodePort(shared));
                } else {
                    allocate(s, i, sp.nodePort(), txn);
                }
            }
        }
    }

    private void updateNodePorts(ServiceDraft s, ServiceDraft old, AllocationTxn txn) {
        List<Integer> oldPorts = ServiceRules.nodePorts(old);
        Set<Integer> allocatedNow = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePort sp = s.ports.get(i);
            if (sp.nodePort() == 0 && !ServiceRules.shouldAllocateNodePorts(s)) {
                continue;
            }
            int np = sp.nodePort();
            if (np != 0) {
                if (!oldPorts.contains(np) && !allocatedNow.contains(np)) {
                    allocate(s, i, np, txn);
                    allocatedNow.add(np);
                }
            } else {
                np = allocateNext(txn);
                s.ports.set(i, sp.withNodePort(np));
            }
            if (!seen.add(sp.protocol() + " " + np)) {
                throw StatusError.internal("duplicate nodePort: {" + sp.protocol() + " " + np + "}");
            }
        }
        List<Integer> newPorts = ServiceRules.nodePorts(s);
        List<Integer> gone = new ArrayList<>();
        for (int p : oldPorts) {
            if (!newPorts.contains(p)) {
                gone.add(p);
            }
        }
        releaseOnCommit(gone, txn);
    }

    private void allocHealthCheck(ServiceDraft s, AllocationTxn txn) {
        if (s.healthCheckNodePort != 0) {
            try {
                ports.allocate(s.healthCheckNodePort);
            } catch (AllocationException e) {
                throw StatusError.internal("failed to allocate requested HealthCheck NodePort "
                        + s.healthCheckNodePort + ": " + e.getMessage());
            }
            int held = s.healthCheckNodePort;
            txn.onRevert(() -> ports.release(held));
        } else {
            try {
                s.healthCheckNodePort = ports.allocateNext();
            } catch (AllocationException e) {
                throw StatusError.internal("failed to allocate a HealthCheck NodePort 0: " + e.getMessage());
            }
            int held = s.healthCheckNodePort;
            txn.onRevert(() -> ports.release(held));
        }
    }

    private int allocate(ServiceDraft s, int index, int port, AllocationTxn txn) {
        try {
            ports.allocate(port);
        } catch (AllocationException e) {
            throw StatusError.invalid(Kind.SERVICE, s.name(),
                    List.of(FieldError.invalid("spec.ports[" + index + "].nodePort", port, e.getMessage())));
        }
        txn.onRevert(() -> ports.release(port));
        return port;
    }

    private int allocateNext(AllocationTxn txn) {
        try {
            int port = ports.allocateNext();
            txn.onRevert(() -> ports.release(port));
            return port;
        } catch (AllocationException e) {
            throw StatusError.internal("failed to allocate a nodePort: " + e.getMessage());
        }
    }

    private void releaseOnCommit(List<Integer> released, AllocationTxn txn) {
        List<Integer> copy = List.copyOf(released);
        txn.onCommit(() -> copy.forEach(ports::release));
    }

    /** findRequestedNodePort: the first nodePort a client gave for this `port` value. */
    private static int requestedFor(int port, List<ServicePort> all) {
        for (ServicePort sp : all) {
            if (sp.port() == port && sp.nodePort() != 0) {
                return sp.nodePort();
            }
        }
        return 0;
    }
}
