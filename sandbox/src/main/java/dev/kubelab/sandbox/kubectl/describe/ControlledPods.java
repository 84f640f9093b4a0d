package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

/**
 * getPodStatusForController: the pods matching a workload's selector whose controller is that workload,
 * counted by phase for the "Pods Status:" line.
 */
final class ControlledPods {
    private ControlledPods() {
    }

    static String statusLine(KubeObject owner, LabelSelector selector, ObjectStore store) {
        int running = 0;
        int waiting = 0;
        int succeeded = 0;
        int failed = 0;
        Selector sel = Selector.of(selector);
        for (Pod p : store.list(Pod.class, owner.metadata().namespace())) {
            OwnerReference ref = p.metadata().controllerRef();
            if (ref == null || !ref.uid().equals(owner.metadata().uid()) || !sel.matches(p.metadata().labels())) {
                continue;
            }
            String phase = p.status().phase() == null ? "" : p.status().phase();
            switch (phase) {
                case "Running":
                    running++;
                    break;
                case "Pending":
                    waiting++;
                    break;
                case "Succeeded":
                    succeeded++;
                    break;
                case "Failed":
                    failed++;
                    break;
                default:
                    break;
            }
        }
        return running + " Running / " + waiting + " Waiting / " + succeeded + " Succeeded / " + failed + " Failed";
    }

    /** labels.Selector's String(): sorted key=value pairs joined by commas, "" when empty. */
    static String selector(LabelSelector selector) {
        return Selector.of(selector).toString();
    }
}
