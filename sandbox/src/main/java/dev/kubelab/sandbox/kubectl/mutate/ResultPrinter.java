package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.LowerKinds;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.print.GoTemplateFormat;
import dev.kubelab.sandbox.kubectl.print.GoTemplatePrinter;

import java.util.List;

/**
 * cli-runtime's PrintFlags for create/apply/expose/run/scale/label: the NamePrinter line
 * ({@code deployment.apps/web created (dry run)}), or the object with {@code -o yaml|json|name}, or a
 * jsonpath / go-template of it.
 */
public final class ResultPrinter {
    public static final String OUTPUT = "output";
    private final String format;
    private final DryRun dryRun;
    private final GenericPrinter template;

    private ResultPrinter(String format, DryRun dryRun, GenericPrinter template) {
        this.format = format;
        this.dryRun = dryRun;
        this.template = template;
    }

    /** Checks -o; throws UsageException with kubectl's message for a format it has no printer for. */
    public static ResultPrinter of(ParsedArgs args, DryRun dryRun, KubectlContext ctx) {
        String format = GoTemplateFormat.format(args);
        if (format.isEmpty() || format.equals("yaml") || format.equals("json") || format.equals("name")) {
            return new ResultPrinter(format, dryRun, null); // printed here: a client-side object's own shape
        }
        GenericPrinter template;
        try {
            template = GenericPrinter.forOutput(format, args, ctx.fileSystem());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (template != null) {
            return new ResultPrinter(format, dryRun, template);
        }
        String notYet = GenericPrinter.notYetAvailable(format);
        throw notYet != null ? new UsageException(notYet) : unknownFormat(format);
    }

    /** cli-runtime's NoCompatiblePrinterError for PrintFlags (every command's -o but get's). */
    public static UsageException unknownFormat(String format) {
        return new UsageException("unable to match a printer suitable for the output format \"" + format
                + "\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,"
                + "jsonpath-file,name,template,templatefile,yaml");
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
        if (template != null) {
            try {
                ctx.io().out().print(template.print(List.of(object), true));
            } catch (GoTemplatePrinter.ExecutionFailed e) {
                ctx.io().out().print(e.output());
                ctx.io().err().println("error: " + e.getMessage());
            }
            return;
        }
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
