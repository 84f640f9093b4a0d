package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.ExposeIntrospection;
import dev.kubelab.sandbox.kubectl.mutate.ExposedService;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/**
 * `kubectl expose deployment|replicaset|pod|service NAME` (pkg/cmd/expose/expose.go): a Service whose selector
 * and ports come from the object unless given; prints {@code service/NAME exposed}.
 */
public final class ExposeCommand implements KubectlCommand {
    @Override
    public String name() {
        return "expose";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("port", '\0'), Flag.value("target-port", '\0'), Flag.value("name", '\0'),
                Flag.value("type", '\0'), Flag.value("protocol", '\0'), Flag.value("selector", '\0'),
                Flag.value("external-ip", '\0'), Flag.value("labels", 'l'), Flag.value("cluster-ip", '\0'),
                Flag.value("load-balancer-ip", '\0'), Flag.value("session-affinity", '\0'),
                Flag.value(DryRun.FLAG, '\0'), Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("filename", 'f'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        return ApiFailure.guarded(ctx, () -> expose(args, ctx));
    }

    private static int expose(ParsedArgs args, KubectlContext ctx) {
        ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
        Targets.Found found = Targets.resolve(ctx, args.positionals(), args, false);
        if (!found.errors().isEmpty()) {
            ctx.io().err().println(found.errors().get(0));
            return 1;
        }
        KubeObject source = found.objects().get(0);
        String problem = ExposeIntrospection.cannotExpose(source);
        if (problem != null) {
            return ApiFailure.fail(ctx, problem);
        }
        String namespace = source.metadata().namespace();
        Service service = ExposedService.build(source, namespace, args);
        if (printer.dryRun() == DryRun.CLIENT) {
            printer.print(ctx, service.withMetadata(TargetNamespace.withNamespace(service.metadata(), "")),
                    "exposed");
            return 0;
        }
        printer.print(ctx, ctx.api().create(service, printer.dryRun() == DryRun.SERVER), "exposed");
        return 0;
    }
}
