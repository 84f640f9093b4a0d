package dev.kubelab.sandbox.controller.defaults;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.ProjectedVolume;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.api.Volume;
import dev.kubelab.sandbox.api.VolumeMount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API server's admission plugins every new pod passes (not templates): ServiceAccount (the account, default
 * "default", and its kube-api-access-xxxxx token volume mounted read-only in every container),
 * DefaultTolerationSeconds (tolerate not-ready and unreachable nodes for 300 s) and Priority (the class's value,
 * 0 without one, preemptionPolicy PreemptLowerPriority).
 */
public final class PodAdmission {
    public static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
    private static final List<Toleration> DEFAULT_TOLERATIONS = List.of(
            new Toleration("node.kubernetes.io/not-ready", "Exists", null, "NoExecute", 300L),
            new Toleration("node.kubernetes.io/unreachable", "Exists", null, "NoExecute", 300L));
    private static final Map<String, Integer> PRIORITY_CLASSES = Map.of("system-cluster-critical", 2000000000,
            "system-node-critical", 2000001000);
    /** names.SimpleNameGenerator's alphabet: no vowels, no confusable digits. */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private PodAdmission() {
    }

    /** The spec as stored for a pod with this uid (the uid picks the volume's name suffix, deterministically). */
    public static PodSpec admit(PodSpec spec, String podUid) {
        PodSpec out = spec.withServiceAccount(account(spec));
        if (!mountsToken(spec)) {
            String volume = "kube-api-access-" + suffix(podUid);
            List<Container> containers = new ArrayList<>();
            for (Container c : spec.containers()) {
                List<VolumeMount> mounts = new ArrayList<>(c.volumeMounts());
                mounts.add(new VolumeMount(volume, TOKEN_PATH, true));
                containers.add(c.withVolumeMounts(mounts));
            }
            List<Volume> volumes = new ArrayList<>(spec.volumes());
            volumes.add(new Volume(volume, null, null, null, ProjectedVolume.SERVICE_ACCOUNT));
            out = out.withContainers(containers).withVolumes(volumes);
        }
        out = out.withTolerations(withDefaultTolerations(spec.tolerations()));
        Integer priority = spec.priorityClassName() == null ? Integer.valueOf(0)
                : PRIORITY_CLASSES.getOrDefault(spec.priorityClassName(), 0);
        return out.withPriority(spec.priorityClassName(), priority, "PreemptLowerPriority");
    }

    /** The account the pod runs as: serviceAccountName, else the deprecated serviceAccount, else "default". */
    public static String account(PodSpec spec) {
        return spec.serviceAccountName() != null ? spec.serviceAccountName()
                : spec.serviceAccount() != null ? spec.serviceAccount() : "default";
    }

    private static boolean mountsToken(PodSpec spec) {
        for (Container c : spec.containers()) {
            for (VolumeMount m : c.volumeMounts()) {
                if (TOKEN_PATH.equals(m.mountPath())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds each default toleration unless the pod already tolerates that key for NoExecute (or every effect). */
    private static List<Toleration> withDefaultTolerations(List<Toleration> tolerations) {
        if (tolerations.isEmpty()) {
            return DEFAULT_TOLERATIONS; // shared: most pods have exactly these
        }
        List<Toleration> out = new ArrayList<>(tolerations);
        for (Toleration d : DEFAULT_TOLERATIONS) {
            boolean covered = false;
            for (Toleration t : tolerations) {
                boolean anyKey = t.key() == null || t.key().isEmpty();
                boolean effect = t.effect() == null || t.effect().isEmpty() || "NoExecute".equals(t.effect());
                covered |= effect && (anyKey || d.key().equals(t.key()));
            }
            if (!covered) {
                out.add(d);
            }
        }
        return out;
    }

    private static String suffix(String uid) {
        long h = 1125899906842597L;
        for (int i = 0; i < uid.length(); i++) {
            h = 31 * h + uid.charAt(i);
        }
        StringBuilder sb = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            sb.append(ALPHABET.charAt((int) Math.floorMod(h, (long) ALPHABET.length())));
            h /= ALPHABET.length();
        }
        return sb.toString();
    }
}
