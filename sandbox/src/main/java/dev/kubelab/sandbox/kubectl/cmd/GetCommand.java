package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.kubectl.print.PrintOptions;
import dev.kubelab.sandbox.kubectl.print.TablePrinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `kubectl get`: tables of one or several kinds, listed or by name (kubectl pkg/cmd/get/get.go Run). */
public final class GetCommand implements KubectlCommand {
    private static final List<String> OTHER_FORMATS = List.of("json", "yaml", "name", "custom-columns",
            "custom-columns-file", "go-template", "go-template-file", "jsonpath", "jsonpath-as-json",
            "jsonpath-file", "template", "templatefile");

    @Override
    public String name() {
        return "get";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", 'A'), Flag.value("output", 'o'), Flag.bool("show-labels", '\0'),
                Flag.bool("no-headers", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        String format = args.value("output", "");
        if (!format.isEmpty() && !format.equals("wide")) {
            return Errors.fail(ctx, OTHER_FORMATS.contains(format.split("=")[0])
                    ? "output format \"" + format + "\" is not available in this lab terminal yet"
                    : "unable to match a printer suitable for the output format \"" + format
                    + "\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,"
                    + "json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml");
        }
        if (args.positionals().isEmpty()) {
            ctx.io().err().print("You must specify the type of resource to get. Use \"kubectl api-resources\" for"
                    + " a complete list of supported resources.\n\n");
            return Errors.fail(ctx, "Required resource not specified.\nUse \"kubectl explain <resource>\" for a"
                    + " detailed description of that resource (e.g. kubectl explain pods).\n"
                    + "See 'kubectl get -h' for help and examples");
        }
        List<ResourceArgs.Request> requests;
        try {
            requests = ResourceArgs.parse(args.positionals());
        } catch (ResourceArgs.ResourceArgsException e) {
            return Errors.fail(ctx, e.getMessage());
        }
        boolean allNamespaces = args.bool("all-namespaces");
        String namespace = args.value(GlobalFlags.NAMESPACE, "default");
        List<Group> groups = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ResourceArgs.Request r : requests) {
            Optional<Kind> kind = ResourceTypes.resolve(r.type());
            if (kind.isEmpty()) {
                return Errors.fail(ctx, ResourceTypes.knownButNotServedYet(r.type())
                        ? "\"kubectl get " + r.type() + "\" is not available in this lab terminal yet"
                        : "the server doesn't have a resource type \"" + r.type() + "\"");
            }
            if (r.name() != null && allNamespaces) {
                return Errors.fail(ctx, "a resource cannot be retrieved by name across all namespaces");
            }
            fetch(ctx, kind.get(), r.name(), allNamespaces ? null : namespace, groups, errors);
        }
        boolean withKind = groups.stream().map(Group::kind).distinct().count() > 1;
        boolean noHeaders = args.bool("no-headers");
        boolean written = false;
        for (Group g : groups) {
            PrintOptions options = new PrintOptions(format.equals("wide"), allNamespaces && g.kind().namespaced(),
                    withKind, args.bool("show-labels"), noHeaders);
            String table = TablePrinter.print(g.kind(), g.objects(), options, ctx.now());
            if (!table.isEmpty()) {
                ctx.io().out().print(written && !noHeaders ? "\n" + table : table);
                written = true;
            }
        }
        if (!written && errors.isEmpty()) {
            boolean namespaced = !allNamespaces && groups.stream().allMatch(g -> g.kind().namespaced());
            ctx.io().err().println(namespaced ? "No resources found in " + namespace + " namespace."
                    : "No resources found");
        }
        errors.forEach(ctx.io().err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    /** Appends what one request found; objects of the same kind in a row share one table. */
    private static void fetch(KubectlContext ctx, Kind kind, String name, String namespace, List<Group> groups,
                              List<String> errors) {
        @SuppressWarnings("unchecked")
        Class<KubeObject> type = (Class<KubeObject>) kind.type();
        if (name == null) {
            groups.add(new Group(kind, new ArrayList<>(ctx.store().list(type, namespace))));
            return;
        }
        Optional<KubeObject> found = ctx.store().get(type, namespace, name);
        if (found.isEmpty()) {
            errors.add(Errors.notFound(kind, name));
        } else if (!groups.isEmpty() && groups.get(groups.size() - 1).kind() == kind) {
            groups.get(groups.size() - 1).objects().add(found.get());
        } else {
            groups.add(new Group(kind, new ArrayList<>(List.of(found.get()))));
        }
    }

    private record Group(Kind kind, List<KubeObject> objects) {}

    @Override
    public String help() {
        return """
                Display one or many resources as a table.

                Examples:
                  # List the pods in the current namespace (default)
                  kubectl get pods

                  # List pods in every namespace, with their IPs and nodes
                  kubectl get pods -A -o wide

                  # Show one Service, and Services and Endpoints together
                  kubectl get svc kubernetes
                  kubectl get svc,ep -n kube-system

                Resource types available here: nodes (no), pods (po), services (svc), endpoints (ep).

                Options:
                  -A, --all-namespaces   List across all namespaces
                  -n, --namespace NS     Namespace to look in (default: default)
                  -o, --output wide      Show extra columns
                      --show-labels      Add a LABELS column
                      --no-headers       Leave out the header line

                Usage:
                  kubectl get [(-o|--output=)wide] (TYPE[,TYPE...] [NAME ...] | TYPE/NAME ...) [flags] [options]
                """;
    }
}
