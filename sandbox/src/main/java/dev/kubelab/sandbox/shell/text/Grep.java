package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** grep -i -v -w -E -F -c -o -n -A -B -C -q, -e (repeatable), -f FILE: basic and extended regex as Java regex. */
public final class Grep implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Grep(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "grep";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("grep", args, "ivwEcoHnqhFr", "ABCef");
        if (o.error != null && userland != Userland.GNU) {
            userland.rejectOption("grep", o.error, io);
            return 2;
        }
        if (o.error != null) {
            io.err().println(o.error);
            usage(io);
            return 2;
        }
        List<String> expressions = patterns(o, io);
        if (expressions == null) {
            return 2;
        }
        Pattern pattern;
        try {
            pattern = compile(expressions, o);
        } catch (PatternSyntaxException e) {
            io.err().println("grep: Unmatched ( or \\(");
            return 2;
        }
        List<Inputs.Named> inputs = Inputs.read("grep", o.operands, io, files);
        boolean prefix = inputs.size() > 1 && !o.has('h');
        boolean any = false;
        for (Inputs.Named input : inputs) {
            any |= search(pattern, input, prefix ? input.name() + ":" : "", o, io);
        }
        if (inputs.size() < Math.max(1, o.operands.size())) {
            return 2;
        }
        return any ? 0 : 1;
    }

    private boolean search(Pattern pattern, Inputs.Named input, String prefix, Options o, Streams io) {
        List<String> lines = Inputs.lines(input.text());
        int after = context(o, 'A');
        int before = context(o, 'B');
        TreeSet<Integer> shown = new TreeSet<>();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find() != o.has('v')) {
                count++;
                for (int k = Math.max(0, i - before); k <= Math.min(lines.size() - 1, i + after); k++) {
                    shown.add(k);
                }
                if (o.has('o') && !o.has('v') && !o.has('c') && !o.has('q')) {
                    Matcher m = pattern.matcher(lines.get(i));
                    while (m.find()) {
                        if (!m.group().isEmpty()) { // GNU -o prints no empty matches
                            io.out().println(prefix + m.group());
                        }
                    }
                }
            }
        }
        if (o.has('q')) {
            return count > 0;
        }
        if (o.has('c')) {
            io.out().println(prefix + count);
        } else if (!o.has('o')) {
            Integer previous = null;
            for (int line : shown) {
                if (previous != null && line > previous + 1 && (after > 0 || before > 0)) {
                    io.out().println("--");
                }
                String number = o.has('n') ? (line + 1) + ":" : "";
                io.out().println(prefix + number + lines.get(line));
                previous = line;
            }
        }
        return count > 0;
    }

    private static int context(Options o, char flag) {
        String value = o.values.getOrDefault(flag, o.values.get('C'));
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The patterns: every -e, every line of every -f FILE, else the first operand; a newline inside one separates
     * patterns too. Null (after the message) when there is none or a -f file is missing.
     */
    private List<String> patterns(Options o, Streams io) {
        List<String> patterns = new ArrayList<>();
        o.allValues.getOrDefault('e', List.of()).forEach(e -> patterns.addAll(Arrays.asList(e.split("\n", -1))));
        for (String file : o.allValues.getOrDefault('f', List.of())) {
            List<Inputs.Named> read = Inputs.read("grep", List.of(file), io, files);
            if (read.isEmpty()) {
                return null;
            }
            patterns.addAll(Inputs.lines(read.get(0).text()));
        }
        if (o.allValues.containsKey('e') || o.allValues.containsKey('f')) {
            return patterns;
        }
        if (o.operands.isEmpty()) {
            usage(io);
            return null;
        }
        return Arrays.asList(o.operands.remove(0).split("\n", -1));
    }

    private static void usage(Streams io) {
        io.err().println("Usage: grep [OPTION]... PATTERNS [FILE]...");
        io.err().println("Try 'grep --help' for more information.");
    }

    /** One regex for all patterns (an alternation); no pattern at all (an empty -f file) matches nothing. */
    private static Pattern compile(List<String> expressions, Options o) {
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add(o.has('F') ? Pattern.quote(expression) : o.has('E') ? expression
                    : basicToJava(expression));
        }
        String regex = alternatives.isEmpty() ? "(?!)" : alternatives.size() == 1 ? alternatives.get(0)
                : "(?:" + String.join(")|(?:", alternatives) + ")";
        if (o.has('w')) {
            regex = "(?<![\\w])(?:" + regex + ")(?![\\w])";
        }
        return Pattern.compile(regex, o.has('i') ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** POSIX basic regex: \( \) \| \+ \? are operators, bare ( ) | + ? { } are literals. */
    static String basicToJava(String basic) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < basic.length(); i++) {
            char c = basic.charAt(i);
            if (c == '\\' && i + 1 < basic.length()) {
                char n = basic.charAt(++i);
                out.append("()|+?{}".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("()|+?{}".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
