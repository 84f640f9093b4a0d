package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * BusyBox's bb_show_usage: the multi-call banner, a blank line, then the applet's "Usage: …" text (from
 * busybox-usage.txt, copied from the applets' //usage: lines of busybox 1.37 with the default config).
 */
public final class BusyboxApplet {
    /** The banner of the busybox 1.37 every busybox, alpine and curl image here ships. */
    public static final String BANNER = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.";

    private static final Map<String, String> USAGES = load();

    private BusyboxApplet() {
    }

    /** The banner and a usage text, as an applet prints them on stderr. */
    public static String usage(String text) {
        return BANNER + "\n\n" + text;
    }

    /** The banner and the usage of a known applet (cat, head …), if this sandbox has its text. */
    public static Optional<String> usageOf(String applet) {
        return Optional.ofNullable(USAGES.get(applet)).map(BusyboxApplet::usage);
    }

    /** bb_show_usage for a missing operand: the banner and the applet's usage on stderr; the applet exits 1. */
    public static int showUsage(String applet, Streams io) {
        io.err().println(usageOf(applet).orElse(BANNER));
        return 1;
    }

    /** Sections "== APPLET" each followed by the applet's usage lines. */
    private static Map<String, String> load() {
        Map<String, String> usages = new HashMap<>();
        try (InputStream in = BusyboxApplet.class.getResourceAsStream("/dev/kubelab/sandbox/shell/busybox-usage.txt")) {
            String[] sections = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^== ");
            for (String section : sections) {
                int end = section.indexOf('\n');
                if (end > 0 && !section.startsWith("#")) {
                    usages.put(section.substring(0, end).trim(), section.substring(end + 1).stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return usages;
    }
}
