package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.edit.EditSessions;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/**
 * `kubectl edit TYPE NAME` (pkg/cmd/edit): opens the object's YAML in the browser's editor under kubectl's
 * header; saving applies it through the API server, an invalid edit reopens with the failures on top.
 */
public final class EditCommand implements KubectlCommand {
    @Override
    public String name() {
        return "edit";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", 'f'), Flag.value("output", 'o'), Flag.value("selector", 'l'),
                Flag.bool("recursive", 'R'), Flag.bool("windows-line-endings", '\0'),
                Flag.value("field-manager", '\0'), Flag.value("subresource", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        return ApiFailure.guarded(ctx, () -> {
            String format = args.value("output", "yaml");
            if (!format.equals("yaml")) {
                return ApiFailure.fail(ctx, "error: the edit format \"" + format
                        + "\" is not available in this lab terminal yet (yaml is)");
            }
            Targets.Found found = Targets.resolve(ctx, args.positionals(), args, true);
            if (!found.errors().isEmpty()) {
                return ApiFailure.printAll(ctx, found.errors());
            }
            List<KubeObject> objects = found.objects();
            if (objects.isEmpty()) {
                return ApiFailure.fail(ctx, "error: no objects passed to edit");
            }
            if (objects.size() > 1) {
                return ApiFailure.fail(ctx, "error: this lab terminal edits one object at a time; name one");
            }
            EditSessions.open(ctx, objects.get(0));
            return 0;
        });
    }
}
