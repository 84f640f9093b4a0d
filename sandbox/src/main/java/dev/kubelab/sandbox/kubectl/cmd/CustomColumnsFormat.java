package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.print.CustomColumnsPrinter;

/**
 * Picks the custom-columns printer for `-o custom-columns=SPEC` or `-o custom-columns-file=FILE`
 * (cli-runtime CustomColumnsPrintFlags.ToPrinter); IllegalArgumentException carries kubectl's message.
 */
final class CustomColumnsFormat {
    private static final String SPEC = "custom-columns";
    private static final String FILE = "custom-columns-file";

    private CustomColumnsFormat() {
    }

    static boolean handles(String format) {
        return format.equals(SPEC) || format.equals(FILE) || format.startsWith(SPEC + "=")
                || format.startsWith(FILE + "=");
    }

    static CustomColumnsPrinter printer(String format, boolean noHeaders, KubectlContext ctx) {
        boolean file = format.startsWith(FILE);
        String prefix = (file ? FILE : SPEC) + "=";
        String value = format.startsWith(prefix) ? format.substring(prefix.length()) : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException("custom-columns format specified but no custom columns given");
        }
        if (!file) {
            return CustomColumnsPrinter.fromSpec(value, noHeaders);
        }
        String text = ctx.fileSystem().isDirectory(value) ? "" : ctx.fileSystem().read(value).orElseThrow(
                () -> new IllegalArgumentException("error reading template " + value + ", open " + value
                        + ": no such file or directory"));
        return CustomColumnsPrinter.fromTemplate(text);
    }
}
