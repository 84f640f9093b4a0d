package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.describe.Describer;
import dev.kubelab.sandbox.kubectl.generic.GenericDescribe;
import dev.kubelab.sandbox.kubectl.generic.GenericGet;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `kubectl describe TYPE [NAME_PREFIX]`, `TYPE/NAME`, `-l`, `-A` (kubectl pkg/cmd/describe). A single name that
 * does not exist describes every object whose name starts with it; outputs are separated by "\n\n".
 */
public final class DescribeCommand implements KubectlCommand {

    @Override
    public String name() {
        return "describe";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", 'A'), Flag.value("selector", 'l'),
                Flag.bool("show-events", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (args.positionals().isEmpty()) {
            return Errors.fail(ctx, "You must specify the type of resource to describe. Use \"kubectl api-resources\""
                    + " for a complete list of supported resources.");
        }
        Optional<GenericType> genericType = GenericGet.requested(args.positionals());
        if (genericType.isPresent()) {
            return GenericDescribe.run(genericType.get(), args, ctx);
        }
        ResourceQuery query = ResourceQuery.fetch(args, ctx, "describe");
        if (query == null) {
            return 1;
        }
        boolean allNamespaces = query.allNamespaces();
        String namespace = query.namespace();
        List<KubeObject> objects = query.found().objects();
        List<String> errors = new ArrayList<>(query.found().errors());
        if (objects.isEmpty() && errors.size() == 1 && args.positionals().size() == 2
                && !args.positionals().get(0).contains(",")) {
            List<KubeObject> matching = byPrefix(ctx, query.requests().get(0), query.scope());
            if (!matching.isEmpty()) {
                objects = matching;
                errors.clear();
            }
        }
        boolean first = true;
        for (KubeObject o : objects) {
            Optional<Describer> describer = Describer.forKind(o.kind());
            if (describer.isEmpty()) {
                errors.add("error: \"kubectl describe " + o.kind().plural()
                        + "\" is not available in this lab terminal yet");
                continue;
            }
            String text = describer.get().describe(o, ctx.store(), ctx.now());
            ctx.io().out().print(first ? text : "\n\n" + text);
            first = false;
        }
        if (objects.isEmpty() && errors.isEmpty()) {
            ctx.io().err().println(allNamespaces ? "No resources found"
                    : "No resources found in " + namespace + " namespace.");
        }
        errors.stream().distinct().forEach(ctx.io().err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    /** DescribeMatchingResources: every object of the type whose name starts with the given one. */
    private static List<KubeObject> byPrefix(KubectlContext ctx, ResourceArgs.Request request,
                                             String namespace) {
        List<KubeObject> out = new ArrayList<>();
        try {
            ResourceFetch.Result all = ResourceFetch.fetch(ctx,
                    List.of(new ResourceArgs.Request(request.type(), null)), namespace, null, "describe");
            for (KubeObject o : all.objects()) {
                if (o.metadata().name().startsWith(request.name())) {
                    out.add(o);
                }
            }
        } catch (ResourceFetch.FetchException e) {
            return List.of();
        }
        return out;
    }
}
