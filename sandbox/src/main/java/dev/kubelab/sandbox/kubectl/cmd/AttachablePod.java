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
 * The pod `kubectl exec` and `port-forward` act on (polymorphichelpers.AttachablePodForObjectFn): TYPE/NAME — a bare
 * NAME is a pod — is fetched as `kubectl get` would fetch it; a pod is itself; a Deployment, ReplicaSet,
 * ReplicationController, StatefulSet, DaemonSet or Service gives the most active pod its selector picks
 * (podutils.ActivePods reversed: on a node, Running, Ready, ready for longest, fewest restarts, oldest).
 */
final class AttachablePod {
    /** Most active first; pods alike keep the API's order (by name). */
    private static final Comparator<Pod> MOST_ACTIVE = Comparator
            .comparing((Pod p) -> p.spec().nodeName() == null || p.spec().nodeName().isEmpty())
            .thenComparing(p -> -phaseRank(p))
            .thenComparing(p -> readySince(p) == null)
            .thenComparing(p -> readySince(p) == null ? Instant.MAX : readySince(p))
            .thenComparing(p -> -maxRestarts(p))
            .thenComparing(p -> p.metadata().creationTimestamp() == null ? Instant.MAX
                    : p.metadata().creationTimestamp());

    /** The object TYPE/NAME named, and the pod chosen for it: null when its selector picks none. */
    record Found(KubeObject object, Pod pod) {}

    private AttachablePod() {
    }

    /** verb: the kubectl command, for the lab's "not available" message about kinds it does not serve. */
    static Found find(KubectlContext ctx, String namespace, String target, String verb) throws Refusal {
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
            return new Found(object, (Pod) object);
        }
        Selector selector = selector(object);
        Pod pod = ctx.store().list(Pod.class, object.metadata().namespace()).stream()
                .filter(p -> selector.matches(p.metadata().labels())).min(MOST_ACTIVE).orElse(null);
        return new Found(object, pod);
    }

    /**
     * No pod matches: kubectl watches for one until --pod-running-timeout (1m0s; 0 = for ever) runs out, then says
     * "error: timed out waiting for the condition". (A pod that appears meanwhile makes kubectl 1.32 panic on its
     * still empty list; here the wait just goes on.) Where the command cannot keep running it says so at once.
     */
    static int awaitNone(KubectlContext ctx, ParsedArgs args, String verb) {
        Duration timeout = GoDuration.flag(args, "pod-running-timeout", "1m0s", verb, ctx.io().err());
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
    private static Selector selector(KubeObject o) throws Refusal {
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
                throw new Refusal("error: cannot attach to " + goType + ": invalid service '" + s.metadata().name()
                        + "': Service is defined without a selector");
            }
            return Selector.ofLabels(s.spec().selector());
        }
        throw new Refusal("error: cannot attach to " + goType + ": selector for " + goType + " not implemented");
    }

    private static int phaseRank(Pod p) {
        String phase = p.status() == null ? null : p.status().phase();
        return "Running".equals(phase) ? 2 : "Unknown".equals(phase) ? 1 : 0;
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
