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
    private final Shell shell;
    private final Kubectl kubectl;
    private final ObjectStore store;

    public Completer(Shell shell, Kubectl kubectl, ObjectStore store) {
        this.shell = shell;
        this.kubectl = kubectl;
        this.store = store;
    }

    public Completion complete(String line, int cursor) {
        String before = line.substring(0, Math.max(0, Math.min(cursor, line.length())));
        int start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
        String word = before.substring(start);
        // Only the command being typed counts: the text after the last | ; && or ||.
        String command = before.substring(0, start);
        int boundary = Math.max(Math.max(command.lastIndexOf('|'), command.lastIndexOf(';')), command.lastIndexOf('&'));
        List<String> prior = unaliased(words(command.substring(boundary + 1)));
        if (!prior.isEmpty() && !prior.get(0).equals("kubectl") || (!prior.isEmpty() && prior.get(prior.size() - 1).equals("-f"))) {
            return files(start, word);
        }
        return new Completion(start, matching(candidates(prior, word), word));
    }

    /** `alias k=kubectl`: `k get po<Tab>` completes as `kubectl get po<Tab>` would. */
    private List<String> unaliased(List<String> prior) {
        if (prior.isEmpty() || !shell.aliases().containsKey(prior.get(0))) {
            return prior;
        }
        List<String> expanded = new ArrayList<>(words(shell.aliases().get(prior.get(0))));
        expanded.addAll(prior.subList(1, prior.size()));
        return expanded;
    }

    /** File names in the folder the word points into; folders end with "/". */
    private Completion files(int start, String word) {
        int slash = word.lastIndexOf('/');
        String dir = slash < 0 ? "" : word.substring(0, slash + 1);
        List<String> names = new ArrayList<>();
        for (String name : shell.files().list(dir.isEmpty() ? "." : dir)) {
            names.add(dir + name);
        }
        return new Completion(start, matching(names, word));
    }

    private List<String> candidates(List<String> prior, String word) {
        if (prior.isEmpty()) {
            List<String> names = new ArrayList<>(shell.commandNames());
            names.addAll(shell.aliases().keySet());
            return names;
        }
        if (word.startsWith("-")) {
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
