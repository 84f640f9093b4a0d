package dev.kubelab.sandbox.kubectl.edit;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.EditSession;

import java.util.function.Function;

/**
 * What happens when the learner saves or cancels kubectl edit's editor: apply and say "service/web edited",
 * say nothing changed, or reopen with the failures; after a failed save, cancelling keeps a copy of the text
 * in /tmp, as kubectl does.
 */
final class EditHandler implements EditSession.Handler {
    private final EditedObject object;
    /** A fresh context for each save: the clock and the streams of the moment the learner saves. */
    private final Function<Streams, KubectlContext> context;
    private final String copyPath;
    private String lastFailedText;

    EditHandler(EditedObject object, Function<Streams, KubectlContext> context, String copyPath) {
        this.object = object;
        this.context = context;
        this.copyPath = copyPath;
    }

    @Override
    public Result saved(String text, Streams io) {
        KubectlContext ctx = context.apply(io);
        EditedObject.Outcome outcome = object.save(text, ctx);
        if (outcome.empty()) {
            io.out().println("Edit cancelled, saved file was empty.");
            return Result.finished(0);
        }
        if (outcome.unchanged()) {
            return Result.finished(cancelled(io));
        }
        if (!outcome.errors().isEmpty()) {
            lastFailedText = text;
            return Result.reopen(EditedObject.reopened(text, outcome.errors()));
        }
        io.out().println(object.name() + " edited");
        return Result.finished(0);
    }

    @Override
    public int cancelled(Streams io) {
        if (lastFailedText == null) {
            io.out().println("Edit cancelled, no changes made.");
            return 0;
        }
        context.apply(io).fileSystem().write(copyPath, lastFailedText, false);
        io.err().println("A copy of your changes has been stored to \"" + copyPath + "\"");
        io.err().println("error: Edit cancelled, no valid changes were saved.");
        return 1;
    }
}
