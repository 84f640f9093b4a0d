package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.LowerKinds;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/**
 * kubectl get's printGeneric: -o yaml|json|name|jsonpath=…|go-template=…. One object asked for by name prints as itself;
 * anything else (a listing, several names, nothing) becomes a v1 List.
 */
public final class GenericPrinter {
    private static final List<String> NOT_YET_FORMATS = List.of("jsonpath-as-json", "jsonpath-file");
    private final String format;
    private final JsonPathTemplate jsonPath;
    private final GoTemplatePrinter goTemplate;

    private GenericPrinter(String format, JsonPathTemplate jsonPath, GoTemplatePrinter goTemplate) {
        this.format = format;
        this.jsonPath = jsonPath;
        this.goTemplate = goTemplate;
    }

    /** -o go-template=… (and its file and template= forms), already parsed. */
    public static GenericPrinter of(GoTemplatePrinter goTemplate) {
        return new GenericPrinter("go-template", null, goTemplate);
    }

    /**
     * The printer for any -o this class serves — yaml, json, name, jsonpath=…, and the go-template family (with
     * --template) — or null for another format (wide, custom-columns, an unknown one); files: where
     * go-template-file is read. IllegalArgumentException with kubectl's message for a template that is wrong.
     */
    public static GenericPrinter forOutput(String format, ParsedArgs args, FileSystem files) {
        if (GoTemplateFormat.handles(format)) {
            return GoTemplateFormat.printer(format, args, files);
        }
        return handles(format) ? of(format) : null;
    }

    /** kubectl's -o formats the lab does not print yet: the message saying so, else null. */
    public static String notYetAvailable(String format) {
        return NOT_YET_FORMATS.contains(format.split("=", -1)[0])
                ? "output format \"" + format + "\" is not available in this lab terminal yet" : null;
    }

    /** True for the formats this printer handles: yaml, json, name, jsonpath=TEMPLATE. */
    public static boolean handles(String format) {
        return format.equals("yaml") || format.equals("json") || format.equals("name")
                || format.equals("jsonpath") || format.startsWith("jsonpath=");
    }

    /** The printer for a format {@link #handles} accepts; IllegalArgumentException with kubectl's message. */
    public static GenericPrinter of(String format) {
        if (format.equals("jsonpath") || format.equals("jsonpath=")) {
            throw new IllegalArgumentException("template format specified but no template given");
        }
        if (format.startsWith("jsonpath=")) {
            return new GenericPrinter("jsonpath", JsonPathTemplate.parse(format.substring("jsonpath=".length())),
                    null);
        }
        return new GenericPrinter(format, null, null);
    }

    public String print(List<? extends KubeObject> objects, boolean singleItemImplied) {
        boolean single = singleItemImplied && objects.size() == 1;
        switch (format) {
            case "yaml":
                return single ? ObjectCodec.toYaml(objects.get(0)) : ObjectCodec.listToYaml(objects);
            case "json":
                return single ? ObjectCodec.toJson(objects.get(0)) : ObjectCodec.listToJson(objects);
            case "name": {
                StringBuilder sb = new StringBuilder();
                for (KubeObject o : objects) {
                    sb.append(LowerKinds.of(o)).append('/').append(o.metadata().name()).append('\n');
                }
                return sb.toString();
            }
            case "go-template":
                return goTemplate.print(single ? ObjectCodec.toTree(objects.get(0)) : ObjectCodec.listTree(objects));
            default:
                Object tree = single ? ObjectCodec.toTree(objects.get(0)) : ObjectCodec.listTree(objects);
                return new JsonPathPrinter(jsonPath).print(tree);
        }
    }
}
