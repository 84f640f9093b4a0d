package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.print.TableWriter;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * crictl 1.32 against this node's containerd (/etc/crictl.yaml points at its socket): `crictl ps [-a]` lists
 * the containers, `crictl pods` the pod sandboxes of the pods the API says run on THIS node, newest first
 * (`crictl images` their images),
 * in crictl's tabwriter (cells at least 20 wide, 3 apart). A system pod's sandbox id is its shim's in ps.
 */
final class Crictl implements Builtin {
    private final String node;
    private final ObjectStore store;
    private final NodeProcesses processes;
    private final SimClock clock;

    Crictl(String node, ObjectStore store, NodeProcesses processes, SimClock clock) {
        this.node = node;
        this.store = store;
        this.processes = processes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crictl";
    }

    private record Row(Instant created, List<String> cells) {}

    @Override
    public int run(List<String> args, Streams io) {
        String verb = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        boolean all = args.contains("-a") || args.contains("--all");
        boolean quiet = args.contains("-q") || args.contains("--quiet");
        if (!verb.equals("ps") && !verb.equals("pods") && !verb.equals("images")) {
            io.err().println(verb.isEmpty() ? "crictl: a command is needed: crictl ps, crictl pods"
                    : "No help topic for '" + verb + "'"); // crictl's own help text is not reproduced
            return verb.isEmpty() ? 1 : 3;
        }
        Instant now = clock.now();
        List<Pod> pods = store.view(Pod.class, null).stream()
                .filter(p -> node.equals(p.spec().nodeName()) && p.status() != null).toList();
        if (verb.equals("images")) {
            io.out().print(CrictlImages.table(pods));
            return 0;
        }
        List<Row> rows = new ArrayList<>();
        for (Pod p : pods) {
            String sandbox = processes.sandboxOf(p, ordinal(p, pods));
            if (verb.equals("pods")) {
                Instant created = p.status().startTime() != null ? p.status().startTime()
                        : p.metadata().creationTimestamp();
                boolean ready = !"Succeeded".equals(p.status().phase()) && !"Failed".equals(p.status().phase());
                rows.add(new Row(created, List.of(quiet ? sandbox : sandbox.substring(0, 13), ago(created, now),
                        ready ? "Ready" : "NotReady", p.metadata().name(), p.metadata().namespace(), "0", "(default)")));
                continue;
            }
            for (ContainerStatus c : p.status().containerStatuses()) {
                ContainerState s = c.state();
                Instant started = s.running() != null ? s.running().startedAt()
                        : s.terminated() != null ? s.terminated().startedAt() : null;
                if (started == null || (s.running() == null && !all)) {
                    continue;
                }
                String id = c.containerID() != null ? c.containerID().replaceFirst("^[a-z]+://", "")
                        : NodeProcesses.sandboxId(p.metadata().uid() + "/" + c.name());
                rows.add(new Row(started, List.of(quiet ? id : id.substring(0, 13),
                        CrictlImages.imageId(c.image()), ago(started, now),
                        s.running() != null ? "Running" : "Exited", c.name(), String.valueOf(c.restartCount()),
                        sandbox.substring(0, 13), p.metadata().name(), p.metadata().namespace())));
            }
        }
        rows.sort(Comparator.comparing(Row::created).reversed());
        if (quiet) {
            rows.forEach(r -> io.out().println(r.cells().get(0)));
            return 0;
        }
        TableWriter table = new TableWriter(20);
        table.row(verb.equals("pods") ? List.of("POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME")
                : List.of("CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"));
        rows.forEach(r -> table.row(r.cells()));
        io.out().print(table.render());
        return 0;
    }

    /** Which of this node's CoreDNS pods (by name) a pod is; 0 for any other. */
    private static int ordinal(Pod pod, List<Pod> onNode) {
        return (int) onNode.stream().filter(o -> "kube-dns".equals(o.metadata().labels().get("k8s-app"))
                && o.metadata().name().compareTo(pod.metadata().name()) < 0).count();
    }

    /** go-units' HumanDuration, as crictl's CREATED column writes it, plus " ago". */
    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        long seconds = d.getSeconds();
        long minutes = d.toMinutes();
        long hours = Math.round(d.getSeconds() / 3600.0);
        String text;
        if (seconds < 1) {
            text = "Less than a second";
        } else if (seconds == 1) {
            text = "1 second";
        } else if (seconds < 60) {
            text = seconds + " seconds";
        } else if (minutes == 1) {
            text = "About a minute";
        } else if (minutes < 60) {
            text = minutes + " minutes";
        } else if (hours == 1) {
            text = "About an hour";
        } else if (hours < 48) {
            text = hours + " hours";
        } else {
            text = hours / 24 + " days";
        }
        return text + " ago";
    }
}
