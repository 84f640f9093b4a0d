package dev.kubelab.sandbox.kubectl.cmd.exec;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.pod.PodTarget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the container `kubectl exec` runs in (exec.go and podcmd.FindOrDefaultContainerByName), with the errors
 * kubectl 1.32 prints for a completed or not yet started pod and an unknown container; attach shares the parts.
 */
public final class ExecTargets {
    /** A refusal, already worded as kubectl prints it (the whole line). */
    public static final class Refusal extends Exception {
        public Refusal(String line) {
            super(line, null, false, false);
        }
    }

    private ExecTargets() {
    }

    /** pod: the one TYPE/NAME stands for (see PodForObject). */
    public static PodTarget find(KubectlContext ctx, Pod pod, String containerName, boolean quiet) throws Refusal {
        String phase = pod.status() == null ? "Pending" : pod.status().phase();
        if (phase.equals("Succeeded") || phase.equals("Failed")) {
            throw new Refusal("error: cannot exec into a container in a completed pod; current phase is " + phase);
        }
        Container container = choose(ctx, pod, containerName, quiet, "exec");
        return running(ctx, pod, container, "container not found (\"" + container.name() + "\")");
    }

    /**
     * The container, once the pod has a node and the container runs; notFound: the kubelet's words when it does
     * not (exec and attach word it differently).
     */
    public static PodTarget running(KubectlContext ctx, Pod pod, Container container, String notFound)
            throws Refusal {
        if (pod.spec().nodeName() == null) {
            throw new Refusal("Error from server (BadRequest): pod " + pod.metadata().name()
                    + " does not have a host assigned");
        }
        Instant started = startedAt(pod, container.name());
        if (started == null) {
            throw new Refusal("error: unable to upgrade connection: " + notFound);
        }
        return new PodTarget(pod, container, servicesAt(ctx, pod.metadata().namespace(), started));
    }

    /** The Services a container started at `started` got variables for: its namespace's, plus kubernetes. */
    public static List<Service> servicesAt(KubectlContext ctx, String namespace, Instant started) {
        List<Service> out = new ArrayList<>();
        for (Service s : ctx.store().list(Service.class, namespace)) {
            if (!s.metadata().creationTimestamp().isAfter(started)) {
                out.add(s);
            }
        }
        if (!namespace.equals("default")) {
            ctx.store().get(Service.class, "default", "kubernetes").ifPresent(out::add);
        }
        return out;
    }

    /** podcmd.FindOrDefaultContainerByName: -c's container, else the first (saying so when there are more). */
    public static Container choose(KubectlContext ctx, Pod pod, String name, boolean quiet, String verb)
            throws Refusal {
        List<Container> containers = pod.spec().containers();
        if (name != null) {
            // attach.go wraps podcmd's error; exec's own check words it shorter
            String missing = verb.equals("attach") ? "error: cannot attach to the container: container " + name
                    + " not found in pod " + pod.metadata().name() : "error: container " + name + " not found";
            return containers.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new Refusal(missing));
        }
        if (containers.size() > 1 && !quiet) {
            ctx.io().err().println("Defaulted container \"" + containers.get(0).name() + "\" out of: "
                    + String.join(", ", containers.stream().map(Container::name).toList()));
        }
        return containers.get(0);
    }

    private static Instant startedAt(Pod pod, String container) {
        if (pod.status() == null) {
            return null;
        }
        for (ContainerStatus s : pod.status().containerStatuses()) {
            if (s.name().equals(container) && s.state() != null && s.state().running() != null) {
                return s.state().running().startedAt();
            }
        }
        return null;
    }
}
