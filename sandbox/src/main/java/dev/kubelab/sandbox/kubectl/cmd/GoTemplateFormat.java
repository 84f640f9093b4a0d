package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.print.GenericPrinter;
import dev.kubelab.sandbox.kubectl.print.GoTemplatePrinter;

import java.util.List;

/**
 * cli-runtime GoTemplatePrintFlags.ToPrinter: -o go-template=T, -o template=T, -o go-template-file=F,
 * -o templatefile=F, or --template=T (with -o go-template or alone); IllegalArgumentException with kubectl's text.
 */
final class GoTemplateFormat {
    private static final List<String> FORMATS = List.of("go-template-file", "templatefile", "go-template",
            "template");

    private GoTemplateFormat() {
    }

    /** The -o value in effect: --template alone means go-template. */
    static String format(ParsedArgs args) {
        String format = args.value("output", "");
        return format.isEmpty() && !args.value("template", "").isEmpty() ? "go-template" : format;
    }

    static boolean handles(String format) {
        return FORMATS.stream().anyMatch(f -> format.equals(f) || format.startsWith(f + "="));
    }

    static GenericPrinter printer(String format, ParsedArgs args, KubectlContext ctx) {
        String name = FORMATS.stream().filter(f -> format.equals(f) || format.startsWith(f + "=")).findFirst()
                .orElseThrow();
        String value = args.value("template", "");
        if (value.isEmpty() && format.length() > name.length()) {
            value = format.substring(name.length() + 1);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("template format specified but no template given");
        }
        if (name.endsWith("file")) {
            String file = value;
            if (ctx.fileSystem().isDirectory(file)) {
                throw new IllegalArgumentException("error reading --template " + file + ", read " + file
                        + ": is a directory");
            }
            value = ctx.fileSystem().read(file).orElseThrow(() -> new IllegalArgumentException(
                    "error reading --template " + file + ", open " + file + ": no such file or directory"));
        }
        return GenericPrinter.of(GoTemplatePrinter.parse(value));
    }
}
