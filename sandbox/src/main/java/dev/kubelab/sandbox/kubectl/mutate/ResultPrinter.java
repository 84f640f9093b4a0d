package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.LowerKinds;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

/**
 * cli-runtime's PrintFlags for create/apply/expose/run/scale/label: the NamePrinter line
 * ({@code deployment.apps/web created (dry run)}), or the object with {@code -o yaml|json|name}.
 */
public final class ResultPrinter {
    public static final String OUTPUT = "output";
    private final String format;
    private final DryRun dryRun;

    private ResultPrinter(String format, DryRun dryRun) {
        this.format = format;
        this.dryRun = dryRun;
    }

    /** Checks -o; throws UsageException with kubectl's message for a format it has no printer for. */
    public static ResultPrinter of(ParsedArgs args, DryRun dryRun) {
        String format = args.value(OUTPUT, "");
        if (!format.isEmpty() && !format.equals("yaml") && !format.equals("json") && !format.equals("name")) {
            throw new UsageException("unable to match a printer suitable for the output format \"" + format
                    + "\", allowed formats are: json,name,yaml");
        }
        return new ResultPrinter(format, dryRun);
    }

    public DryRun dryRun() {
        return dryRun;
    }

    /** Prints one object after {@code operation} ("created", "configured", "exposed", …). */
    public void print(KubectlContext ctx, KubeObject object, String operation) {
        print(ctx, object, operation, true);
    }

    /**
     * builtOnClient = false when a client dry run shows an object that came from the server and was only changed
     * locally (patch): -o yaml|json then prints it whole, as it is stored.
     */
    public void print(KubectlContext ctx, KubeObject object, String operation, boolean builtOnClient) {
        DryRun shape = builtOnClient ? dryRun : DryRun.NONE;
        switch (format) {
            case "name":
                ctx.io().out().println(nameOf(object));
                break;
            case "yaml":
                ctx.io().out().print(shape == DryRun.CLIENT ? ClientObjectTree.yaml(object)
                        : ObjectCodec.toYaml(object));
                break;
            case "json":
                ctx.io().out().print(shape == DryRun.CLIENT ? ClientObjectTree.json(object)
                        : ObjectCodec.toJson(object));
                break;
            default:
                ctx.io().out().println(nameOf(object) + " " + operation + dryRun.suffix());
        }
    }

    /** "deployment.apps/web", "service/web". */
    public static String nameOf(KubeObject object) {
        return LowerKinds.of(object) + "/" + object.metadata().name();
    }
}
