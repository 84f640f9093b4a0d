package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.store.WatchEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A watch with selectors, as the API server's cacher filters it (apiserver pkg/storage/cacher watch_cache
 * convertToWatchEvent): an object that starts to match arrives as ADDED, one that stops matching as DELETED
 * with its previous state, changes of an object that matches before and after as MODIFIED.
 */
public final class SelectedEvents {
    private final Predicate<KubeObject> scope;
    private final Predicate<KubeObject> selects;
    private final Map<String, KubeObject> last = new HashMap<>();

    /** scope: the kind, namespace and names watched; selects: -l and --field-selector; known: the scope's objects now. */
    public SelectedEvents(Predicate<KubeObject> scope, Predicate<KubeObject> selects, List<KubeObject> known) {
        this.scope = scope;
        this.selects = selects;
        known.stream().filter(scope).forEach(o -> last.put(key(o), o));
    }

    /** What the watch delivers for a store change, if anything. */
    public Optional<WatchPrinter.Seen> see(WatchEvent event) {
        KubeObject now = event.object();
        if (!scope.test(now)) {
            return Optional.empty();
        }
        KubeObject before = event.type() == WatchEvent.Type.DELETED ? last.remove(key(now)) : last.put(key(now), now);
        boolean matches = selects.test(now);
        boolean matched = before != null && selects.test(before);
        if (event.type() == WatchEvent.Type.DELETED) {
            return matches || matched ? Optional.of(new WatchPrinter.Seen(WatchEvent.Type.DELETED, now))
                    : Optional.empty();
        }
        if (matches) {
            return Optional.of(new WatchPrinter.Seen(matched ? event.type() : WatchEvent.Type.ADDED, now));
        }
        return matched ? Optional.of(new WatchPrinter.Seen(WatchEvent.Type.DELETED, before)) : Optional.empty();
    }

    private static String key(KubeObject o) {
        return o.metadata().namespace() + "/" + o.metadata().name();
    }
}
