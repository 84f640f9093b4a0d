package dev.kubelab.sandbox.kubectl.patch;

import dev.kubelab.sandbox.kubectl.mutate.UsageException;

import java.util.Locale;

/** --type of `kubectl patch`: strategic (the default), merge (RFC 7386) or json (RFC 6902). */
public enum PatchType {
    JSON, MERGE, STRATEGIC;

    /** The type named by --type (any case); kubectl's message for anything else. */
    public static PatchType of(String flag) {
        if (flag.isEmpty()) {
            return STRATEGIC;
        }
        switch (flag.toLowerCase(Locale.ROOT)) {
            case "json":
                return JSON;
            case "merge":
                return MERGE;
            case "strategic":
                return STRATEGIC;
            default:
                throw new UsageException("--type must be one of [json merge strategic], not \"" + flag + "\"");
        }
    }
}
