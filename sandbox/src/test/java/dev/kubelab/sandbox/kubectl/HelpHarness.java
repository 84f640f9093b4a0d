package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.apiserver.ApiServerConfig;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper for the help tests: runs kubectl on an empty cluster, finds a verb's pages and their options. */
final class HelpHarness {
    static final Kubectl KUBECTL = new Kubectl();
    static final String TRAILER = "Use \"kubectl options\" for a list of global command-line options (applies to"
            + " all commands).\n";
    /** An option as kubectl 1.32 prints it: "    -o, --output='':" then its description indented 8 spaces. */
    private static final Pattern OPTION = Pattern.compile("^    (?:-(.), )?--([a-z-]+)=(.*):\n {8}\\S.*\n\n",
            Pattern.MULTILINE);
    private final ObjectStore store = new ObjectStore();
    private final ApiServer api = new ApiServer(store, new Seed(1), Instant::now, ApiServerConfig.kubeadmDefaults());

    record Result(int code, String out, String err) {
    }

    /** `kubectl LINE` (words split on spaces; "" runs bare kubectl). */
    Result kubectl(String line) {
        StringSink out = new StringSink();
        StringSink err = new StringSink();
        KubectlContext ctx = new KubectlContext(store, api, Instant.now(), new Streams(out, err), FileSystem::new);
        int code = KUBECTL.run(line.isEmpty() ? List.of() : List.of(line.split(" ")), ctx);
        return new Result(code, out.text(), err.text());
    }

    /** The verb's page, then one per subcommand, keyed by the words after kubectl. */
    static Map<String, String> pages(String verb) {
        KubectlCommand command = KUBECTL.command(verb);
        Map<String, String> pages = new TreeMap<>(Map.of(verb, command.help()));
        for (String sub : command.subcommands()) {
            pages.put(verb + " " + sub, HelpText.page(verb + " " + sub));
        }
        return pages;
    }

    /**
     * The options a page documents in page order: long name → shorthand (0 for none). Its Options section (or the
     * whole of `kubectl options`) must consist of options and nothing else.
     */
    static Map<String, Character> options(String page) {
        Map<String, Character> found = new LinkedHashMap<>();
        boolean global = page.startsWith("The following options");
        int start = global ? page.indexOf("\n\n") + 2 : page.indexOf("\nOptions:\n") + "\nOptions:\n".length();
        if (start < "\nOptions:\n".length()) {
            return found;
        }
        int end = global ? page.length() : page.indexOf("\nUsage:\n", start) + 1;
        String section = global ? page.substring(start) + "\n" : page.substring(start, end);
        Matcher m = OPTION.matcher(section);
        int matched = 0;
        while (m.find()) {
            found.put(m.group(2), m.group(1) == null ? '\0' : m.group(1).charAt(0));
            matched += m.group().length();
        }
        assertEquals(section.length(), matched, "every line of the Options section is part of an option");
        return found;
    }
}
