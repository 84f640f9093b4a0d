package dev.kubelab.sandbox.kubectl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The help pages kubectl prints, one resource file per topic under {@code help/}: "scale" is scale.txt,
 * "rollout status" is rollout-status.txt, bare kubectl is kubectl.txt. Read as UTF-8 once, then shared by
 * every sandbox.
 */
public final class HelpText {
    private static final String FOLDER = "/dev/kubelab/sandbox/kubectl/help/";
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    private HelpText() {
    }

    /** The page for a topic; a topic without a page is a bug, so it throws. */
    public static String page(String topic) {
        return PAGES.computeIfAbsent(topic, HelpText::load);
    }

    /**
     * What `kubectl VERB WORDS… --help` prints: the page of the deepest subcommand the words name
     * ("create service nodeport web" → create-service-nodeport.txt), else the verb's own page.
     */
    public static String of(KubectlCommand verb, List<String> words) {
        String path = "";
        for (String word : words) {
            String next = (path.isEmpty() ? "" : path + " ") + verb.subcommandAliases().getOrDefault(word, word);
            if (!verb.subcommands().contains(next)) {
                break;
            }
            path = next;
        }
        return path.isEmpty() ? verb.help() : page(verb.name() + " " + path);
    }

    private static String load(String topic) {
        try (InputStream in = HelpText.class.getResourceAsStream(FOLDER + topic.replace(' ', '-') + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no help page for \"kubectl " + topic + "\"");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
