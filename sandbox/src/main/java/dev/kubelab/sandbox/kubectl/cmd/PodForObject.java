package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets.Refusal;
import dev.kubelab.sandbox.kubectl.parse.GoDuration;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.selector.Selector;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one pod kubectl exec, port-forward and logs act on for TYPE/NAME (polymorphichelpers): TYPE/NAME — a bare NAME
 * is a pod — is fetched as `kubectl get` would fetch it; a pod is itself; a Deployment, ReplicaSet,
 * ReplicationController, StatefulSet, DaemonSet or Service gives one of the pods its selector picks: for exec and
 * port-forward the most active (AttachablePodForObjectFn, podutils.ActivePods reversed), for logs the best to read
 * (LogsForObjectFn, podutils.ByLogging). Both put pods on a node, Running, Ready, ready for longest, then older first.
 */
final class PodForObject {
    private static final Comparator<Pod> ASSIGNED_FIRST = Comparator.comparing((Pod p) -> p.spec().nodeName() == null
            || p.spec().nodeName().isEmpty());
    private static final Comparator<Pod> READY_LONGEST = Comparator.comparing((Pod p) -> readySince(p) == null)
            .thenComparing(p -> readySince(p) == null ? Instant.MAX : readySince(p));
    private static final Comparator<Pod> OLDEST = Comparator.comparing(p -> p.metadata().creationTimestamp() == null
            ? Instant.MAX : p.metadata().creationTimestamp());
    /** ActivePods reversed: Running, Unknown, then the rest; fewer restarts first. Pods alike keep the API's order. */
    private static final Comparator<Pod> MOST_ACTIVE = ASSIGNED_FIRST
            .thenComparing(p -> phase(p).equals("Running") ? 0 : phase(p).equals("Unknown") ? 1 : 2)
            .thenComparing(READY_LONGEST).thenComparing(p -> maxRestarts(p)).thenComparing(OLDEST);
    /** ByLogging: Running (Succeeded and Failed rank with it), then Unknown, then Pending; more restarts first. */
    private static final Comparator<Pod> BY_LOGGING = ASSIGNED_FIRST
            .thenComparing(p -> phase(p).equals("Pending") ? 2 : phase(p).equals("Unknown") ? 1 : 0)
            .thenComparing(READY_LONGEST).thenComparing(p -> -maxRestarts(p)).thenComparing(OLDEST);

    /** The object TYPE/NAME named, the pod chosen for it (null when its selector picks none), how many matched. */
    record Found(KubeObject object, Pod pod, int matching) {}

    private PodForObject() {
    }

    /** exec, port-forward: verb names the command in the lab's "not available" message about unserved kinds. */
    static Found attachable(KubectlContext ctx, String namespace, String target, String verb) throws Refusal {
        return find(ctx, namespace, target, verb, "cannot attach to ", MOST_ACTIVE);
    }

    static Found forLogs(KubectlContext ctx, String namespace, String target) throws Refusal {
        return find(ctx, namespace, target, "logs", "cannot get the logs from ", BY_LOGGING);
    }

    private static Found find(KubectlContext ctx, String namespace, String target, String verb, String cannot,
                              Comparator<Pod> order) throws Refusal {
        int slash = target.indexOf('/');
        ResourceFetch.Result result;
        try {
            result = ResourceFetch.fetch(ctx, List.of(new ResourceArgs.Request(
                    slash < 0 ? "pods" : target.substring(0, slash), target.substring(slash + 1))), namespace, null,
                    verb);
        } catch (ResourceFetch.FetchException e) {
            throw new Refusal(e.fromServer ? e.getMessage() : "error: " + e.getMessage());
        }
        if (result.objects().isEmpty()) {
            throw new Refusal(result.errors().get(0));
        }
        KubeObject object = result.objects().get(0);
        if (object instanceof Pod) {
            return new Found(object, (Pod) object, 1);
        }
        Selector selector = selector(object, "error: " + cannot);
        List<Pod> pods = ctx.store().list(Pod.class, object.metadata().namespace()).stream()
                .filter(p -> selector.matches(p.metadata().labels())).sorted(order).toList();
        return new Found(object, pods.isEmpty() ? null : pods.get(0), pods.size());
    }

    /**
     * No pod matches: kubectl watches for one until --pod-running-timeout (1m0s; 0 = for ever) runs out, then says
     * "error: timed out waiting for the condition". (A pod that appears meanwhile makes kubectl 1.32 panic on its
     * still empty list; here the wait just goes on.) Where the command cannot keep running it says so at once.
     * fallback: the flag's default (1m0s; logs 20s).
     */
    static int awaitNone(KubectlContext ctx, ParsedArgs args, String verb, String fallback) {
        Duration timeout = GoDuration.flag(args, "pod-running-timeout", fallback, verb, ctx.io().err());
        if (timeout == null) {
            return 1;
        }
        String error = "error: timed out waiting for the condition";
        if (!ctx.jobs().mayStart()) {
            ctx.io().err().println(error);
            return 1;
        }
        Instant deadline = timeout.isZero() || timeout.isNegative() ? null : ctx.now().plus(timeout);
        ctx.jobs().start((now, io) -> {
            if (deadline == null || now.isBefore(deadline)) {
                return OptionalInt.empty();
            }
            io.err().println(error);
            return OptionalInt.of(1);
        });
        return 0;
    }

    /** polymorphichelpers.SelectorsForObject, with its errors as attachablePodForObject wraps them. */
    private static Selector selector(KubeObject o, String cannot) throws Refusal {
        String goType = "*v1." + o.kind().kindName();
        if (o instanceof Deployment) {
            return Selector.of(((Deployment) o).selector());
        }
        if (o instanceof ReplicaWorkload) {
            return Selector.of(((ReplicaWorkload<?>) o).podSelector());
        }
        if (o instanceof StatefulSet) {
            return Selector.of(((StatefulSet) o).selector());
        }
        if (o instanceof DaemonSet) {
            return Selector.of(((DaemonSet) o).selector());
        }
        if (o instanceof Service) {
            Service s = (Service) o;
            if (s.spec().selector().isEmpty()) {
                throw new Refusal(cannot + goType + ": invalid service '" + s.metadata().name()
                        + "': Service is defined without a selector");
            }
            return Selector.ofLabels(s.spec().selector());
        }
        throw new Refusal(cannot + goType + ": selector for " + goType + " not implemented");
    }

    private static String phase(Pod p) {
        return p.status() == null || p.status().phase() == null ? "Pending" : p.status().phase();
    }

    private static Instant readySince(Pod p) {
        if (p.status() == null) {
            return null;
        }
        for (PodCondition c : p.status().conditions()) {
            if (c.type().equals("Ready") && c.status().equals("True")) {
                return c.lastTransitionTime() == null ? Instant.MAX : c.lastTransitionTime();
            }
        }
        return null;
    }

    private static int maxRestarts(Pod p) {
        int max = 0;
        for (ContainerStatus s : p.status() == null ? List.<ContainerStatus>of() : p.status().containerStatuses()) {
            max = Math.max(max, s.restartCount());
        }
        return max;
    }
}
