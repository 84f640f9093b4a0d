package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.kubectl.generic.GenericGet;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.parse.ResourceArgs;
import dev.kubelab.sandbox.kubectl.print.CustomColumnsPrinter;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.print.GoTemplateFormat;
import dev.kubelab.sandbox.kubectl.print.GoTemplatePrinter;
import dev.kubelab.sandbox.kubectl.print.PrintOptions;
import dev.kubelab.sandbox.kubectl.print.SortBy;
import dev.kubelab.sandbox.kubectl.print.TablePrinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `kubectl get`: tables of one or several kinds, or yaml/json/name/jsonpath (kubectl pkg/cmd/get/get.go Run). */
public final class GetCommand implements KubectlCommand {

    @Override
    public String name() {
        return "get";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", 'A'), Flag.value("output", 'o'), Flag.bool("show-labels", '\0'),
                Flag.bool("no-headers", '\0'), Flag.value("selector", 'l'), Flag.value("field-selector", '\0'),
                Flag.value("label-columns", 'L'),
                Flag.value("sort-by", '\0'), Flag.bool("ignore-not-found", '\0'), Flag.bool("watch", 'w'),
                Flag.value("template", '\0'), Flag.value("filename", 'f'), Flag.bool("recursive", 'R'),
                Flag.bool("watch-only", '\0'), Flag.bool("output-watch-events", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        String format = GoTemplateFormat.format(args);
        GenericPrinter generic = null;
        CustomColumnsPrinter columns = null;
        try {
            if (CustomColumnsFormat.handles(format)) {
                columns = CustomColumnsFormat.printer(format, args.bool("no-headers"), ctx);
            } else {
                generic = GenericPrinter.forOutput(format, args, ctx.fileSystem());
            }
        } catch (IllegalArgumentException e) {
            return Errors.fail(ctx, e.getMessage());
        }
        if (generic == null && columns == null && !format.isEmpty() && !format.equals("wide")) {
            String notYet = GenericPrinter.notYetAvailable(format);
            return Errors.fail(ctx, notYet != null ? notYet
                    : "unable to match a printer suitable for the output format \"" + format
                    + "\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,"
                    + "json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml");
        }
        if (args.has("filename")) {
            try {
                args = GetFromFiles.resolve(args, ctx);
            } catch (UsageException e) {
                return Errors.fail(ctx, e.getMessage());
            }
        }
        if (args.positionals().isEmpty()) {
            ctx.io().err().print("You must specify the type of resource to get. Use \"kubectl api-resources\" for"
                    + " a complete list of supported resources.\n\n");
            return Errors.fail(ctx, "Required resource not specified.\nUse \"kubectl explain <resource>\" for a"
                    + " detailed description of that resource (e.g. kubectl explain pods).\n"
                    + "See 'kubectl get -h' for help and examples");
        }
        Optional<GenericType> genericType = GenericGet.requested(args.positionals());
        if (genericType.isPresent()) {
            return GenericGet.run(genericType.get(), args, ctx);
        }
        ResourceQuery query = ResourceQuery.fetch(args, ctx, "get");
        if (query == null) {
            return 1;
        }
        if (GetWatching.requested(args)) {
            return GetWatching.run(args, ctx, query, generic, columns);
        }
        boolean allNamespaces = query.allNamespaces();
        String namespace = query.namespace();
        List<ResourceArgs.Request> requests = query.requests();
        ResourceFetch.Result found = query.found();
        List<ResourceFetch.Group> groups = sorted(found.groups(), args.value("sort-by", ""));
        List<String> errors = args.bool("ignore-not-found") ? List.of() : found.errors();
        if (columns != null) {
            ctx.io().out().print(columns.print(new ResourceFetch.Result(groups, errors).objects()));
        } else if (generic != null) {
            boolean singleItemImplied = requests.size() == 1 && requests.get(0).name() != null;
            try {
                ctx.io().out().print(generic.print(new ResourceFetch.Result(groups, errors).objects(),
                        singleItemImplied));
            } catch (GoTemplatePrinter.ExecutionFailed e) {
                ctx.io().out().print(e.output());
                return Errors.fail(ctx, e.getMessage());
            }
        } else {
            boolean withKind = ResourceFetch.multipleTypesRequested(args.positionals()) || found.severalKinds();
            printTables(args, ctx, groups, withKind, allNamespaces, namespace, errors.isEmpty());
        }
        return ApiFailure.printAll(ctx, errors);
    }

    private static void printTables(ParsedArgs args, KubectlContext ctx, List<ResourceFetch.Group> groups,
                                    boolean withKind, boolean allNamespaces, String namespace, boolean noErrors) {
        boolean noHeaders = args.bool("no-headers");
        List<String> labelColumns = new ArrayList<>();
        for (String key : args.value("label-columns", "").split(",")) {
            if (!key.isBlank()) {
                labelColumns.add(key.strip());
            }
        }
        boolean written = false;
        for (ResourceFetch.Group g : groups) {
            PrintOptions options = new PrintOptions(args.value("output", "").equals("wide"),
                    allNamespaces && g.kind().namespaced(), withKind, args.bool("show-labels"), noHeaders,
                    labelColumns);
            String table = TablePrinter.print(g.kind(), g.objects(), options, ctx.now());
            if (!table.isEmpty()) {
                ctx.io().out().print(written && !noHeaders ? "\n" + table : table);
                written = true;
            }
        }
        if (!written && noErrors && !args.bool("ignore-not-found")) {
            boolean namespaced = !allNamespaces && groups.stream().allMatch(g -> g.kind().namespaced());
            ctx.io().err().println(namespaced ? "No resources found in " + namespace + " namespace."
                    : "No resources found");
        }
    }

    private static List<ResourceFetch.Group> sorted(List<ResourceFetch.Group> groups, String sortBy) {
        if (sortBy.isEmpty()) {
            return groups;
        }
        List<ResourceFetch.Group> out = new ArrayList<>();
        for (ResourceFetch.Group g : groups) {
            List<KubeObject> objects = new ArrayList<>(g.objects());
            SortBy.sort(objects, sortBy);
            out.add(new ResourceFetch.Group(g.kind(), objects));
        }
        return out;
    }
}
