package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/**
 * cli-runtime GoTemplatePrintFlags.ToPrinter: -o go-template=T, -o template=T, -o go-template-file=F,
 * -o templatefile=F, or --template=T (with -o go-template or alone); IllegalArgumentException with kubectl's text.
 */
public final class GoTemplateFormat {
    private static final List<String> FORMATS = List.of("go-template-file", "templatefile", "go-template",
            "template");

    private GoTemplateFormat() {
    }

    /** The -o value in effect: --template alone means go-template. */
    public static String format(ParsedArgs args) {
        String format = args.value("output", "");
        return format.isEmpty() && !args.value("template", "").isEmpty() ? "go-template" : format;
    }

    public static boolean handles(String format) {
        return FORMATS.stream().anyMatch(f -> format.equals(f) || format.startsWith(f + "="));
    }

    /** files: where -o go-template-file=F is read (the learner's current host). */
    public static GenericPrinter printer(String format, ParsedArgs args, FileSystem files) {
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
            if (files.isDirectory(file)) {
                throw new IllegalArgumentException("error reading --template " + file + ", read " + file
                        + ": is a directory");
            }
            value = files.read(file).orElseThrow(() -> new IllegalArgumentException(
                    "error reading --template " + file + ", open " + file + ": no such file or directory"));
        }
        return GenericPrinter.of(GoTemplatePrinter.parse(value));
    }
}
