package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainSchema;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainSchema.Definition;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainSchema.Field;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainText;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;
import java.util.Optional;

/** `kubectl explain TYPE[.field.path]` (pkg/cmd/explain, OpenAPI v3 plaintext output) for the kinds the course uses. */
public final class ExplainCommand implements KubectlCommand {
    @Override
    public String name() {
        return "explain";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("api-version", '\0'), Flag.bool("recursive", '\0'), Flag.value("output", 'o'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (args.positionals().isEmpty()) {
            return ApiFailure.usage(ctx, "You must specify the type of resource to explain. Use \"kubectl"
                    + " api-resources\" for a complete list of supported resources.", "explain");
        }
        String[] path = args.positionals().get(0).split("\\.");
        Optional<Kind> kind = ResourceTypes.resolve(path[0]);
        if (kind.isEmpty()) {
            return ApiFailure.fail(ctx, "the server doesn't have a resource type \"" + path[0] + "\"");
        }
        Definition definition = ExplainSchema.definition(kind.get().kindName());
        if (definition == null) {
            return ApiFailure.fail(ctx, "\"kubectl explain " + path[0] + "\" is not available in this lab terminal yet.");
        }
        Field field = null;
        for (int i = 1; i < path.length; i++) {
            if (definition == null) {
                return ApiFailure.fail(ctx, "field \"" + path[i] + "\" does not exist");
            }
            field = find(definition, path[i]);
            if (field == null) {
                return ApiFailure.fail(ctx, "field \"" + path[i] + "\" does not exist");
            }
            definition = field.definition().isEmpty() ? null : ExplainSchema.definition(field.definition());
        }
        ctx.io().out().print(ExplainText.render(group(kind.get()), kind.get().kindName(), field, definition));
        return 0;
    }

    private static Field find(Definition definition, String name) {
        return definition.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static String group(Kind kind) {
        String qualified = kind.qualifiedPlural();
        return qualified.equals(kind.plural()) ? "" : qualified.substring(kind.plural().length() + 1);
    }
}
