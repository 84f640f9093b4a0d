package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Completion;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tab completion: the command as first word, kubectl verbs, resource types after `kubectl get`, then
 * names of that type in the namespace given with -n (default otherwise).
 */
public final class Completer {
    private final List<String> commandNames;
    private final Kubectl kubectl;
    private final ObjectStore store;

    public Completer(List<String> commandNames, Kubectl kubectl, ObjectStore store) {
        this.commandNames = List.copyOf(commandNames);
        this.kubectl = kubectl;
        this.store = store;
    }

    public Completion complete(String line, int cursor) {
        String before = line.substring(0, Math.max(0, Math.min(cursor, line.length())));
        int start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
        String word = before.substring(start);
        List<String> prior = words(before.substring(0, start));
        return new Completion(start, matching(candidates(prior, word), word));
    }

    private List<String> candidates(List<String> prior, String word) {
        if (prior.isEmpty()) {
            return commandNames;
        }
        if (!prior.get(0).equals("kubectl") || word.startsWith("-")) {
            return List.of();
        }
        KubectlLine k = KubectlLine.of(prior.subList(1, prior.size()));
        if (k.positionals().isEmpty()) {
            return kubectl.verbs();
        }
        if (!k.positionals().get(0).equals("get")) {
            return List.of();
        }
        if (k.positionals().size() == 1) {
            return ResourceTypes.COMPLETION_NAMES;
        }
        String type = k.positionals().get(1);
        Optional<Kind> kind = type.contains(",") ? Optional.empty() : ResourceTypes.resolve(type);
        if (kind.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (KubeObject o : store.list(kind.get().type(), k.namespace())) {
            names.add(o.metadata().name());
        }
        return names;
    }

    private static List<String> matching(List<String> candidates, String prefix) {
        return candidates.stream().filter(c -> c.startsWith(prefix)).sorted().toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.trim().split("[ \t]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The positional words and the namespace of a partly typed kubectl command. */
    private record KubectlLine(List<String> positionals, String namespace) {
        static KubectlLine of(List<String> args) {
            List<String> positionals = new ArrayList<>();
            String namespace = "default";
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if ((a.equals("-n") || a.equals("--namespace")) && i + 1 < args.size()) {
                    namespace = args.get(++i);
                } else if (a.startsWith("--namespace=")) {
                    namespace = a.substring("--namespace=".length());
                } else if (a.startsWith("-n") && a.length() > 2 && !a.startsWith("--")) {
                    namespace = a.substring(2);
                } else if (a.equals("-o") || a.equals("--output")) {
                    i++;
                } else if (!a.startsWith("-")) {
                    positionals.add(a);
                }
            }
            return new KubectlLine(positionals, namespace);
        }
    }
}
