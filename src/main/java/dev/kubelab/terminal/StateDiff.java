package dev.kubelab.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubelab.sandbox.view.ClusterView;
import dev.kubelab.sandbox.view.NodeView;
import dev.kubelab.sandbox.view.PodView;
import dev.kubelab.sandbox.view.ServiceView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The cluster panel's `state` messages: a full snapshot, then only what changed. */
@ApplicationScoped
class StateDiff {

    private final ObjectMapper json;

    StateDiff(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode full(ClusterView view) {
        ObjectNode state = json.createObjectNode().put("full", true);
        state.set("nodes", json.valueToTree(view.nodes()));
        state.set("pods", json.valueToTree(view.pods()));
        state.set("services", json.valueToTree(view.services()));
        return state;
    }

    /** Upserts and removals turning {@code before} into {@code after}; empty when nothing changed. */
    Optional<ObjectNode> between(ClusterView before, ClusterView after) {
        ObjectNode upsert = json.createObjectNode();
        ObjectNode remove = json.createObjectNode();
        compare("nodes", before.nodes(), after.nodes(), NodeView::key, upsert, remove);
        compare("pods", before.pods(), after.pods(), PodView::key, upsert, remove);
        compare("services", before.services(), after.services(), ServiceView::key, upsert, remove);
        if (upsert.isEmpty() && remove.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode state = json.createObjectNode().put("full", false);
        state.set("upsert", upsert);
        state.set("remove", remove);
        return Optional.of(state);
    }

    private <T> void compare(String field, List<T> before, List<T> after, Function<T, String> key,
                             ObjectNode upsert, ObjectNode remove) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        ArrayNode changed = json.createArrayNode();
        now.forEach((k, item) -> {
            if (!item.equals(old.get(k))) {
                changed.add((JsonNode) json.valueToTree(item));
            }
        });
        ArrayNode gone = json.createArrayNode();
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(gone::add);
        if (!changed.isEmpty()) {
            upsert.set(field, changed);
        }
        if (!gone.isEmpty()) {
            remove.set(field, gone);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
