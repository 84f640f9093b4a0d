package dev.kubelab.sandbox.kubectl.edit;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.EditSession;

/** Opens kubectl edit's editor on one object; the temporary file's name is kubectl's pattern. */
public final class EditSessions {
    private EditSessions() {
    }

    public static void open(KubectlContext first, KubeObject live) {
        EditedObject object = new EditedObject(live);
        String path = "/tmp/kubectl-edit-" + tempDigits(first, live) + ".yaml";
        // a save comes later than the command: its context reads the time when it happens
        EditHandler handler = new EditHandler(object, io -> new KubectlContext(first.store(), first.api(),
                first.api().now(), io, first.files(), first.editor()), path);
        first.editor().accept(new EditSession(path, live.metadata().name() + " (" + live.kind().plural() + ")",
                object.initialText(), handler));
    }

    /** os.CreateTemp's random digits, here derived from the object and the time (deterministic). */
    private static String tempDigits(KubectlContext ctx, KubeObject live) {
        long h = (live.metadata().uid() + ctx.now()).hashCode() & 0xffffffffL;
        return Long.toString(1_000_000_000L + h % 3_000_000_000L);
    }
}
