package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** `kubectl create deployment|namespace|configmap NAME …`: the objects kubectl builds (pkg/cmd/create). */
public final class SimpleGenerators {
    private SimpleGenerators() {
    }

    /** NameFromCommandArgs: exactly one NAME. */
    public static String name(List<String> names, String command) {
        if (names.size() != 1) {
            throw new UsageException("exactly one NAME is required, got " + names.size()
                    + "\nSee 'kubectl " + command + " -h' for help and examples");
        }
        return names.get(0);
    }

    /**
     * Labels and selector app=NAME, one container per --image named after the image, --port on the first;
     * words after "--" become every container's command (`create deployment x --image=busybox -- sleep 3600`).
     */
    public static Deployment deployment(List<String> names, String namespace, ParsedArgs args) {
        if (!args.has("image")) {
            throw new UsageException("required flag(s) \"image\" not set");
        }
        // argsLenAtDash counts "deployment" too: what stands between it and "--" are the NAMEs
        int beforeDash = args.argsLenAtDash() < 0 ? names.size() : Math.max(0, args.argsLenAtDash() - 1);
        List<String> command = names.subList(Math.min(beforeDash, names.size()), names.size());
        String name = name(names.subList(0, Math.min(beforeDash, names.size())), "create deployment");
        int replicas = IntFlags.value(args, "replicas", "-r, --replicas", 1, "create deployment");
        int port = IntFlags.value(args, "port", "--port", -1, "create deployment");
        List<Container> containers = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String image : args.value("image", "").split(",")) {
            String containerName = containerName(image);
            String unique = containerName;
            for (int i = 1; !used.add(unique); i++) {
                unique = containerName + "-" + i;
            }
            List<ContainerPort> ports = containers.isEmpty() && port >= 0
                    ? List.of(new ContainerPort(null, port, null)) : List.of();
            Container container = new Container(unique, image, ports);
            containers.add(command.isEmpty() ? container : container.withCommand(List.copyOf(command), List.of()));
        }
        Map<String, String> labels = Map.of("app", name);
        return new Deployment(meta(name, namespace, labels), replicas, new LabelSelector(labels),
                new PodTemplateSpec(labels, new PodSpec(null, false, containers)), WorkloadStatus.EMPTY);
    }

    /** The last path segment of the image without tag or digest, '_' and '.' turned into '-'. */
    static String containerName(String image) {
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        if (colon >= 0) {
            last = last.substring(0, colon);
        }
        int at = last.indexOf('@');
        if (at >= 0) {
            last = last.substring(0, at);
        }
        return last.replace('_', '-').replace('.', '-');
    }

    public static Namespace namespace(String name) {
        return new Namespace(meta(name, "", Map.of()), null);
    }

    public static GenericObject serviceAccount(String name, String namespace) {
        return new GenericObject(GenericTypes.SERVICE_ACCOUNT, meta(name, namespace, Map.of()), Map.of());
    }

    /** --from-literal=key=value (comma-free values; repeat the flag in a real shell). */
    public static ConfigMap configMap(String name, String namespace, ParsedArgs args) {
        Map<String, String> data = new LinkedHashMap<>();
        if (args.has("from-literal")) {
            String literal = args.value("from-literal", "");
            int eq = literal.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("invalid literal source " + literal + ", expected key=value");
            }
            data.put(literal.substring(0, eq), literal.substring(eq + 1));
        }
        return new ConfigMap(meta(name, namespace, Map.of()), data);
    }

    /** Metadata as the client sends it: no uid, no creationTimestamp (the server fills both). */
    public static ObjectMeta meta(String name, String namespace, Map<String, String> labels) {
        return new ObjectMeta(name, namespace, null, "", null, labels, Map.of(), List.of(), null);
    }
}
