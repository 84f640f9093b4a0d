package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets;
import dev.kubelab.sandbox.kubectl.cmd.workload.ContainerLogText;
import dev.kubelab.sandbox.kubectl.cmd.workload.LogFollow;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.IntFlags;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.selector.SelectorException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl logs (POD | TYPE/NAME) [-c C] [--tail N] [-p] [-l SELECTOR] [-f]` (pkg/cmd/logs); TYPE/NAME reads one
 * of its pods ({@link PodForObject}). -f keeps running in the foreground
 * and prints what the running containers write next ({@link LogFollow}).
 */
public final class LogsCommand implements KubectlCommand {
    @Override
    public String name() {
        return "logs";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("container", 'c'), Flag.value("tail", '\0'), Flag.bool("follow", 'f'),
                Flag.bool("previous", 'p'), Flag.value("selector", 'l'), Flag.bool("all-containers", '\0'),
                Flag.bool("timestamps", '\0'), Flag.bool("prefix", '\0'), Flag.value("pod-running-timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        return ApiFailure.guarded(ctx, () -> logs(args, ctx));
    }

    private static int logs(ParsedArgs args, KubectlContext ctx) {
        String ns = args.value(GlobalFlags.NAMESPACE, "default");
        int tail = IntFlags.value(args, "tail", "--tail", -1, "logs");
        List<Pod> pods = new ArrayList<>();
        if (args.has("selector")) {
            try {
                Selector selector = Selector.parse(args.value("selector", ""));
                ctx.store().list(Pod.class, ns).stream().filter(p -> selector.matches(p.metadata().labels()))
                        .forEach(pods::add);
            } catch (SelectorException e) {
                return ApiFailure.fail(ctx, e.getMessage());
            }
            if (pods.isEmpty()) {
                ctx.io().err().println("No resources found in " + ns + " namespace.");
                return 0;
            }
        } else if (args.positionals().size() != 1) {
            return ApiFailure.usage(ctx, "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
                    + "POD or TYPE/NAME is a required argument for the logs command", "logs");
        } else {
            PodForObject.Found found;
            try {
                found = PodForObject.forLogs(ctx, ns, args.positionals().get(0));
            } catch (ExecTargets.Refusal r) {
                ctx.io().err().println(r.getMessage());
                return 1;
            }
            if (found.pod() == null) {
                return PodForObject.awaitNone(ctx, args, "logs", "20s");
            }
            if (found.matching() > 1) {
                ctx.io().err().println("Found " + found.matching() + " pods, using pod/" + found.pod().metadata().name());
            }
            pods.add(found.pod());
        }
        List<LogFollow.Stream> follow = new ArrayList<>();
        for (Pod pod : pods) {
            int code = podLogs(ctx, pod, args, tail, follow);
            if (code != 0) {
                return code;
            }
        }
        if (args.bool("follow") && !follow.isEmpty() && ctx.jobs().mayStart()) {
            ctx.jobs().start(new LogFollow(ctx.store(), follow));
        }
        return 0;
    }

    /** Prints one pod's logs; a running container goes to {@code follow} (for -f). */
    private static int podLogs(KubectlContext ctx, Pod pod, ParsedArgs args, int tail, List<LogFollow.Stream> follow) {
        List<Container> containers = pod.spec().containers();
        String wanted = args.value("container", null);
        Container c = wanted == null ? containers.get(0)
                : containers.stream().filter(x -> x.name().equals(wanted)).findFirst().orElse(null);
        String podName = pod.metadata().name();
        if (c == null) {
            return badRequest(ctx, "container " + wanted + " is not valid for pod " + podName);
        }
        if (wanted == null && containers.size() > 1) {
            List<String> names = containers.stream().map(Container::name).toList();
            ctx.io().err().println("Defaulted container \"" + c.name() + "\" out of: " + String.join(", ", names));
        }
        ContainerStatus status = pod.status().containerStatuses().stream().filter(s -> s.name().equals(c.name()))
                .findFirst().orElse(null);
        ContainerState state = status == null ? ContainerState.NONE
                : args.bool("previous") ? status.lastState() : status.state();
        if (args.bool("previous") && state.terminated() == null) {
            return badRequest(ctx, "previous terminated container \"" + c.name() + "\" in pod \"" + podName
                    + "\" not found");
        }
        Instant started = state.running() != null ? state.running().startedAt()
                : state.terminated() != null ? state.terminated().startedAt() : null;
        if (started == null) {
            String reason = state.waiting() != null ? state.waiting().reason() : "ContainerCreating";
            return badRequest(ctx, "container \"" + c.name() + "\" in pod \"" + podName + "\" is waiting to start: "
                    + reason);
        }
        Instant until = state.terminated() != null && state.terminated().finishedAt() != null
                ? state.terminated().finishedAt() : ctx.now();
        String kernel = kernel(ctx, pod);
        List<String> lines = ContainerLogText.lines(c, started, until, kernel);
        int from = tail < 0 ? 0 : Math.max(0, lines.size() - tail);
        lines.subList(from, lines.size()).forEach(ctx.io().out()::println);
        if (state.running() != null && !args.bool("previous")) {
            follow.add(new LogFollow.Stream(pod, c, started, kernel, lines.size()));
        }
        return 0;
    }

    private static String kernel(KubectlContext ctx, Pod pod) {
        Node node = pod.spec().nodeName() == null ? null
                : ctx.store().get(Node.class, "", pod.spec().nodeName()).orElse(null);
        return node == null || node.status().nodeInfo() == null ? "" : node.status().nodeInfo().kernelVersion();
    }

    private static int badRequest(KubectlContext ctx, String message) {
        ctx.io().err().println("Error from server (BadRequest): " + message);
        return 1;
    }
}
