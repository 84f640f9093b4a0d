package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.kubectl.mutate.GenericApplier;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure.SourcedError;
import dev.kubelab.sandbox.kubectl.mutate.CreateDefaults;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.FieldValidation;
import dev.kubelab.sandbox.kubectl.mutate.Manifests;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.ServiceGenerator;
import dev.kubelab.sandbox.kubectl.mutate.SimpleGenerators;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `kubectl create -f FILE|DIR|-` and the generators deployment, service TYPE, namespace, configmap and serviceaccount
 * (kubectl pkg/cmd/create): one "kind/name created" line per object, errors as checkErr prints them.
 */
public final class CreateCommand implements KubectlCommand {
    @Override
    public String name() {
        return "create";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", 'f'), Flag.bool("recursive", 'R'), Flag.value(DryRun.FLAG, '\0'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("image", '\0'), Flag.value("replicas", 'r'),
                Flag.value("port", '\0'), Flag.value("tcp", '\0'), Flag.value("node-port", '\0'),
                Flag.value("external-name", '\0'), Flag.value("clusterip", '\0'), Flag.value("from-literal", '\0'),
                Flag.bool("save-config", '\0'), Flag.value("validate", '\0'), Flag.value("field-manager", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("configmap", "deployment", "namespace", "service", "service clusterip",
                "service externalname", "service loadbalancer", "service nodeport", "serviceaccount");
    }

    @Override
    public Map<String, String> subcommandAliases() {
        return Map.of("cm", "configmap", "deploy", "deployment", "ns", "namespace", "svc", "service", "sa",
                "serviceaccount");
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
            FieldValidation validation = FieldValidation.of(args);
            if (args.has("filename")) {
                return fromFiles(args, ctx, printer, validation);
            }
            if (args.positionals().isEmpty()) {
                return ApiFailure.fail(ctx, "must specify one of -f and -k");
            }
            return generate(args, ctx, printer);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    private int generate(ParsedArgs args, KubectlContext ctx, ResultPrinter printer) {
        List<String> words = args.positionals();
        String what = words.get(0);
        String namespace = TargetNamespace.of(args);
        KubeObject object;
        String serviceType = null;
        // the service and serviceaccount generators wrap the server's error in their own words
        String failure = null;
        switch (what) {
            case "deployment":
            case "deploy":
                object = SimpleGenerators.deployment(words.subList(1, words.size()), namespace, args);
                break;
            case "namespace":
            case "ns":
                object = SimpleGenerators.namespace(SimpleGenerators.name(words.subList(1, words.size()),
                        "create namespace"));
                break;
            case "configmap":
            case "cm":
                object = SimpleGenerators.configMap(SimpleGenerators.name(words.subList(1, words.size()),
                        "create configmap"), namespace, args);
                break;
            case "serviceaccount":
            case "sa":
                object = SimpleGenerators.serviceAccount(SimpleGenerators.name(words.subList(1, words.size()),
                        "create serviceaccount"), namespace);
                failure = "failed to create serviceaccount";
                break;
            case "service":
            case "svc":
                serviceType = words.size() < 2 ? null : ServiceGenerator.type(words.get(1));
                if (serviceType == null) {
                    return ApiFailure.fail(ctx, "create service needs one of the subcommands clusterip, nodeport,"
                            + " loadbalancer or externalname, e.g. kubectl create service clusterip my-svc --tcp=80:8080");
                }
                object = ServiceGenerator.build(serviceType, words.subList(2, words.size()), namespace, args);
                failure = "failed to create " + serviceType + " service";
                break;
            default:
                return ApiFailure.fail(ctx, "\"kubectl create " + what + "\" is not available in this lab terminal;"
                        + " try create deployment, service, namespace, configmap or serviceaccount, or create -f FILE");
        }
        if (printer.dryRun() == DryRun.CLIENT) {
            // generators set metadata.namespace only when -n was given (EnforceNamespace)
            printer.print(ctx, args.has(GlobalFlags.NAMESPACE) ? object
                    : object.withMetadata(TargetNamespace.withNamespace(object.metadata(), "")), "created");
            return 0;
        }
        try {
            KubeObject created = object instanceof GenericObject
                    ? GenericApplier.create(ctx, (GenericObject) object, printer.dryRun())
                    : ctx.api().create(CreateDefaults.apply(object), printer.dryRun() == DryRun.SERVER);
            printer.print(ctx, created, "created");
            return 0;
        } catch (StatusError e) {
            if (failure != null) {
                return ApiFailure.fail(ctx, failure + ": " + e.getMessage());
            }
            return ApiFailure.fail(ctx, e);
        }
    }

    private int fromFiles(ParsedArgs args, KubectlContext ctx, ResultPrinter printer, FieldValidation validation) {
        List<Manifests.Manifest> manifests = Manifests.read(ctx, args.value("filename", ""), args.bool("recursive"));
        if (manifests.isEmpty()) {
            return ApiFailure.fail(ctx, "no objects passed to create");
        }
        List<SourcedError> errors = new ArrayList<>();
        for (Manifests.Manifest m : manifests) {
            KubeObject object;
            try {
                object = TargetNamespace.place(validation.sent(m, printer.dryRun(), ctx), args);
            } catch (UsageException e) {
                errors.add(SourcedError.plain(e.getMessage()));
                continue;
            } catch (StatusError e) {
                errors.add(SourcedError.api(e, m.source(), "creating"));
                continue;
            }
            if (printer.dryRun() == DryRun.CLIENT) {
                printer.print(ctx, object, "created");
                continue;
            }
            try {
                KubeObject created = object instanceof GenericObject
                        ? GenericApplier.createFromManifest(ctx, (GenericObject) object, m, printer.dryRun())
                        : ctx.api().create(CreateDefaults.apply(object), printer.dryRun() == DryRun.SERVER);
                printer.print(ctx, created, "created");
            } catch (StatusError e) {
                errors.add(SourcedError.api(e, m.source(), "creating"));
            } catch (UsageException e) {
                errors.add(SourcedError.plain(e.getMessage()));
            }
        }
        ApiFailure.printSourced(ctx, errors);
        return errors.isEmpty() ? 0 : 1;
    }
}
