package dev.kubelab.sandbox.registry.alloc;

import java.util.ArrayList;
import java.util.List;

/**
 * The REST storage's allocation transaction: what was allocated is given back on revert; releases of the old
 * object's values are deferred until commit (so a failed update keeps them).
 */
public final class AllocationTxn {
    private final List<Runnable> undo = new ArrayList<>();
    private final List<Runnable> deferred = new ArrayList<>();

    public void onRevert(Runnable action) {
        undo.add(action);
    }

    public void onCommit(Runnable action) {
        deferred.add(action);
    }

    public void commit() {
        deferred.forEach(Runnable::run);
        clear();
    }

    public void revert() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        clear();
    }

    private void clear() {
        undo.clear();
        deferred.clear();
    }
}
