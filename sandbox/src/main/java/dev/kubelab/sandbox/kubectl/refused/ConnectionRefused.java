package dev.kubelab.sandbox.kubectl.refused;

import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What kubectl 1.32 prints when nothing listens on the API server's port (its static pod is restarting or
 * broken). Most verbs first ask for API discovery, which client-go retries and logs (five klog lines), then
 * kubectl gives up with "The connection to the server … was refused". `create <generator>` posts at once and
 * wraps the dial error; `create -f`/`apply -f` fail while downloading the OpenAPI schema for validation.
 */
public final class ConnectionRefused {
    private static final String HOST = ClusterFacts.CONTROL_PLANE_IP + ":" + ClusterFacts.API_SERVER_PORT;
    private static final String DIAL = "dial tcp " + HOST + ": connect: connection refused";
    static final String REFUSED = "The connection to the server " + HOST
            + " was refused - did you specify the right host or port?";
    /** create subcommand → (kubectl's wording, the collection it posts to, group path). */
    private static final Map<String, String[]> GENERATORS = Map.of(
            "service", new String[] {"%s service", "services", "api/v1"},
            "svc", new String[] {"%s service", "services", "api/v1"},
            "configmap", new String[] {"configmap", "configmaps", "api/v1"},
            "cm", new String[] {"configmap", "configmaps", "api/v1"},
            "deployment", new String[] {"deployment", "deployments", "apis/apps/v1"},
            "deploy", new String[] {"deployment", "deployments", "apis/apps/v1"},
            "serviceaccount", new String[] {"serviceaccount", "serviceaccounts", "api/v1"},
            "sa", new String[] {"serviceaccount", "serviceaccounts", "api/v1"});
    private static final Map<String, String> SERVICE_TYPES = Map.of("clusterip", "ClusterIP",
            "nodeport", "NodePort", "loadbalancer", "LoadBalancer", "externalname", "ExternalName");

    private ConnectionRefused() {
    }

    /**
     * False for what kubectl settles without the server: config, help, options, version --client, client-side dry runs of
     * create generators, and the errors it finds first (a missing file, a generator without its name).
     */
    public static boolean needsServer(String verb, ParsedArgs args, KubectlContext ctx) {
        if (List.of("config", "help", "options").contains(verb) || (verb.equals("version") && args.bool("client"))) {
            return false;
        }
        String file = args.value("filename", "");
        if (!file.isEmpty() && !file.equals("-") && !ctx.files().get().exists(file)) {
            return false;
        }
        if (verb.equals("create") && file.isEmpty() && !args.positionals().isEmpty()
                && GENERATORS.containsKey(args.positionals().get(0))) {
            return generator(args) != null && !"client".equals(args.value("dry-run", ""));
        }
        return true;
    }

    /** Prints kubectl's failure for {@code verb}; returns its exit code. */
    public static int print(String verb, ParsedArgs args, KubectlContext ctx) {
        if (verb.equals("version")) {
            ctx.io().out().println("Client Version: " + ClusterFacts.KUBERNETES_VERSION);
            ctx.io().out().println("Kustomize Version: " + ClusterFacts.KUSTOMIZE_VERSION);
            ctx.io().err().println(REFUSED);
            return 1;
        }
        String[] generator = verb.equals("create") ? generator(args) : null;
        if (generator != null) {
            ctx.io().err().println("error: failed to create " + what(generator[0], args) + ": Post \"https://" + HOST
                    + "/" + generator[2] + "/namespaces/" + args.value(GlobalFlags.NAMESPACE, "default") + "/"
                    + generator[1] + "?fieldManager=kubectl-create&fieldValidation=Strict\": " + DIAL);
            return 1;
        }
        String file = args.value("filename", "");
        if ((verb.equals("apply") || verb.equals("create")) && !file.isEmpty()
                && !"false".equals(args.value("validate", "true"))) {
            ctx.io().err().println("error: error validating \"" + (file.equals("-") ? "STDIN" : file)
                    + "\": error validating data: failed to download openapi: Get \"https://" + HOST
                    + "/openapi/v2?timeout=32s\": " + DIAL
                    + "; if you choose to ignore these errors, turn validation off with --validate=false");
            return 1;
        }
        discoveryRetries(ctx);
        if (verb.equals("cluster-info")) {
            ctx.io().out().println("");
            ctx.io().out().println("To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.");
        }
        ctx.io().err().println(REFUSED);
        return 1;
    }

    /** client-go's memcached discovery: the first call and its retries each log the failed group list. */
    private static void discoveryRetries(KubectlContext ctx) {
        Instant start = ctx.now().plus(Duration.ofNanos(31_402_000));
        int pid = pid(ctx.now());
        String message = "\"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"https://"
                + HOST + "/api?timeout=32s\\\": " + DIAL + "\"";
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant at = start.plus(Duration.ofNanos(attempt * 1_317_000L));
            ctx.io().err().println(KlogLine.error(at, pid, "memcache.go:265", message));
        }
    }

    /** A new process id for each kubectl run, from the clock so that replays print the same. */
    private static int pid(Instant now) {
        return 3000 + (int) Math.floorMod(now.getEpochSecond() * 7, 60_000L);
    }

    /** The create generator kubectl would post with, or null when it stops earlier (no name, a bad type). */
    private static String[] generator(ParsedArgs args) {
        List<String> words = args.positionals();
        if (words.isEmpty() || !args.value("filename", "").isEmpty()) {
            return null;
        }
        String[] generator = GENERATORS.get(words.get(0));
        if (generator == null || words.size() < 2) {
            return null;
        }
        if (generator[1].equals("services")) {
            return words.size() == 3 && SERVICE_TYPES.containsKey(words.get(1)) ? generator : null;
        }
        boolean ready = words.size() == 2 && (!generator[1].equals("deployments") || args.has("image"));
        return ready ? generator : null;
    }

    private static String what(String wording, ParsedArgs args) {
        List<String> words = args.positionals();
        String type = words.size() > 1 ? SERVICE_TYPES.getOrDefault(words.get(1), words.get(1)) : "";
        return wording.contains("%s") ? String.format(wording, type) : wording;
    }
}
