package dev.kubelab.sandbox.catalog;

import java.util.List;
import java.util.Map;

/**
 * One catalog entry (see images.yaml for the field meanings). runs: "forever" or "exits" (then exitCode).
 * stopSeconds: seconds to exit on SIGTERM, -1 = ignores it.
 */
public record ImageInfo(String repository, List<String> aliases, Map<String, String> tags, String digest,
                        long size, long pullMillis, List<String> entrypoint, List<String> cmd, boolean runsForever,
                        int exitCode, int stopSeconds, String shell, List<String> tools, String nslookup,
                        List<Server> servers) {
    public ImageInfo {
        aliases = List.copyOf(aliases);
        tags = Map.copyOf(tags);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        tools = List.copyOf(tools);
        servers = List.copyOf(servers);
    }

    public boolean hasTag(String tag) {
        return tag == null || tags.containsKey(tag);
    }

    public boolean hasTool(String tool) {
        return tools.contains(tool);
    }
}
