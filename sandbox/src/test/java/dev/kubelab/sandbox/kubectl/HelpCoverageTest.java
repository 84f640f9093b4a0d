package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.HelpHarness.Result;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.FlagParseException;
import dev.kubelab.sandbox.kubectl.parse.FlagParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.kubelab.sandbox.kubectl.HelpHarness.KUBECTL;
import static dev.kubelab.sandbox.kubectl.HelpHarness.TRAILER;
import static dev.kubelab.sandbox.kubectl.HelpHarness.options;
import static dev.kubelab.sandbox.kubectl.HelpHarness.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every registered verb's help, with every subcommand's: kubectl's sections, every accepted flag documented (with
 * its shorthand, in pflag's order), no flag documented that the verb does not accept, examples that parse.
 */
class HelpCoverageTest {
    private final HelpHarness harness = new HelpHarness();

    static List<String> verbs() {
        return KUBECTL.verbs();
    }

    private Result kubectl(String line) {
        return harness.kubectl(line);
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void helpAndDashHPrintTheSamePageAndSucceed(String verb) {
        pages(verb).forEach((topic, page) -> {
            Result help = kubectl(topic + " --help");
            assertEquals(new Result(0, page, ""), help, topic);
            assertEquals(help, kubectl(topic + " -h"), topic);
            assertEquals(help, kubectl("help " + topic), topic);
        });
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void everyPageIsLaidOutLikeKubectls(String verb) {
        pages(verb).forEach((topic, page) -> {
            assertTrue(page.matches("(?s)[A-Z][^\\n]+\\n(\\S[^\\n]*\\n)*\\n.*"), topic + ": starts with a description");
            assertTrue(page.contains("\n\nExamples:\n  "), topic + ": has Examples");
            assertTrue(page.contains("\n\nUsage:\n  kubectl " + topic), topic + ": Usage names the command");
            assertTrue(page.endsWith("\n\n" + TRAILER) || page.endsWith("more information about a given command.\n"
                    + TRAILER), topic + ": ends like kubectl's help");
            assertEquals(page.contains("\nOptions:\n"), !options(page).isEmpty(), topic + ": Options iff flags");
        });
        KubectlCommand command = KUBECTL.command(verb);
        for (String sub : command.subcommands()) {
            String parent = sub.contains(" ") ? verb + " " + sub.substring(0, sub.lastIndexOf(' ')) : verb;
            String name = sub.substring(sub.lastIndexOf(' ') + 1);
            String page = pages(verb).get(parent);
            assertTrue(page.matches("(?s).*\nAvailable Commands:\n(  .*\n)*  " + name + " +\\S.*"), parent + " lists "
                    + name);
            assertTrue(page.contains("Use \"kubectl " + parent + " <command> --help\" for more information"), parent);
        }
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void everyAcceptedFlagIsDocumentedAndNoOther(String verb) {
        Map<String, Character> documented = new TreeMap<>();
        pages(verb).forEach((topic, page) -> {
            List<String> names = new ArrayList<>(options(page).keySet());
            assertEquals(names.stream().sorted().toList(), names, topic + ": options sorted by name, as pflag does");
            documented.putAll(options(page));
        });
        Map<String, Character> accepted = new TreeMap<>();
        for (Flag f : KUBECTL.command(verb).flags()) {
            accepted.put(f.name(), f.shorthand());
        }
        assertEquals(accepted, documented, "kubectl " + verb + ": flags() against the Options of its help pages");
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void examplesUseVerbsAndFlagsThisKubectlKnows(String verb) {
        pages(verb).forEach((topic, page) -> {
            String examples = page.substring(page.indexOf("\nExamples:\n"), page.indexOf("\n\n", page.indexOf(
                    "\nExamples:\n") + 11));
            for (String line : examples.split("\n")) {
                if (!line.startsWith("  kubectl ")) {
                    continue;
                }
                List<String> args = List.of(line.substring(10).split(" [|>] ")[0].split(" "));
                KubectlCommand command = KUBECTL.command(args.get(Kubectl.verbIndex(args)));
                List<Flag> flags = new ArrayList<>(command.flags());
                flags.addAll(GlobalFlags.ALL);
                try {
                    new FlagParser(flags).parse(args);
                } catch (FlagParseException e) {
                    throw new AssertionError(topic + ": " + line + ": " + e.getMessage(), e);
                }
            }
        });
    }

    @Test
    void kubectlOptionsListsEveryGlobalFlag() {
        Result options = kubectl("options");
        assertEquals(0, options.code());
        assertTrue(options.out().startsWith("The following options can be passed to any command:\n\n    --"));
        Map<String, Character> listed = options(options.out());
        for (Flag f : GlobalFlags.ALL) {
            if (!f.name().equals(GlobalFlags.HELP)) {
                assertEquals(f.shorthand(), listed.get(f.name()), "--" + f.name());
            }
        }
        assertEquals(GlobalFlags.ALL.size() - 1, listed.size());
    }
}
