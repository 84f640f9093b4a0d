package dev.kubelab.sandbox.shell.text;

import java.util.Map;

/**
 * The GNU long options of the text tools, by the short option each one stands for (grep --ignore-case is -i).
 * A tool accepts a long option only when it implements its short twin; --color only decorates a terminal, so
 * it is accepted and does nothing in the lab's pipes.
 */
final class LongOptions {
    /** Accepted and ignored. */
    static final char IGNORED = '\0';

    private static final Map<String, Map<String, Character>> BY_PROGRAM = Map.ofEntries(
            Map.entry("grep", Map.ofEntries(Map.entry("color", IGNORED), Map.entry("colour", IGNORED),
                    Map.entry("ignore-case", 'i'), Map.entry("invert-match", 'v'), Map.entry("word-regexp", 'w'),
                    Map.entry("line-regexp", 'x'), Map.entry("count", 'c'), Map.entry("only-matching", 'o'),
                    Map.entry("extended-regexp", 'E'), Map.entry("fixed-strings", 'F'),
                    Map.entry("basic-regexp", 'G'), Map.entry("regexp", 'e'), Map.entry("file", 'f'),
                    Map.entry("line-number", 'n'), Map.entry("after-context", 'A'),
                    Map.entry("before-context", 'B'), Map.entry("context", 'C'), Map.entry("quiet", 'q'),
                    Map.entry("silent", 'q'), Map.entry("no-filename", 'h'), Map.entry("with-filename", 'H'),
                    Map.entry("files-with-matches", 'l'), Map.entry("recursive", 'r'),
                    Map.entry("max-count", 'm'))),
            Map.entry("head", Map.of("lines", 'n', "bytes", 'c', "quiet", 'q', "silent", 'q', "verbose", 'v')),
            Map.entry("tail", Map.of("lines", 'n', "bytes", 'c', "follow", 'f', "quiet", 'q', "silent", 'q',
                    "verbose", 'v')),
            Map.entry("wc", Map.of("lines", 'l', "words", 'w', "bytes", 'c', "chars", 'm',
                    "max-line-length", 'L')),
            Map.entry("sort", Map.ofEntries(Map.entry("reverse", 'r'), Map.entry("numeric-sort", 'n'),
                    Map.entry("unique", 'u'), Map.entry("key", 'k'), Map.entry("field-separator", 't'),
                    Map.entry("human-numeric-sort", 'h'), Map.entry("version-sort", 'V'),
                    Map.entry("ignore-case", 'f'), Map.entry("general-numeric-sort", 'g'),
                    Map.entry("stable", 's'), Map.entry("output", 'o'))),
            Map.entry("uniq", Map.of("count", 'c', "repeated", 'd', "unique", 'u', "ignore-case", 'i',
                    "skip-fields", 'f')),
            Map.entry("cut", Map.of("delimiter", 'd', "fields", 'f', "characters", 'c', "bytes", 'b',
                    "only-delimited", 's')),
            Map.entry("cat", Map.of("number", 'n', "number-nonblank", 'b', "show-ends", 'E', "show-tabs", 'T',
                    "show-all", 'A', "squeeze-blank", 's')),
            Map.entry("tr", Map.of("delete", 'd', "squeeze-repeats", 's', "complement", 'c')),
            Map.entry("sed", Map.of("quiet", 'n', "silent", 'n', "in-place", 'i', "expression", 'e',
                    "file", 'f', "regexp-extended", 'E')),
            Map.entry("xargs", Map.of("max-args", 'n', "no-run-if-empty", 'r', "null", '0', "delimiter", 'd',
                    "verbose", 't')),
            Map.entry("tee", Map.of("append", 'a')));

    private LongOptions() {
    }

    /** The short option a long one (without "--" and "=value") stands for; null when the tool has none such. */
    static Character shortFor(String program, String name) {
        Map<String, Character> table = BY_PROGRAM.get(program);
        if (table == null) {
            return null;
        }
        Character exact = table.get(name);
        if (exact != null) {
            return exact;
        }
        Character found = null; // getopt_long also takes an unambiguous prefix (--rev for --reverse)
        for (Map.Entry<String, Character> e : table.entrySet()) {
            if (e.getKey().startsWith(name)) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }
}
