package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Expansions;
import dev.kubelab.sandbox.shell.syntax.Part;
import dev.kubelab.sandbox.shell.syntax.ShellKind;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Word expansion as bash does it for our subset: braces ({1..6}, {a,b}) in command words, ~, $NAME/${NAME}, $?,
 * $(…) and `…`, $((…)), then field splitting of unquoted expansion results on blanks, then quote removal.
 * No globbing.
 */
final class Expander {
    private final Environment env;
    /** Runs a command substitution's source and returns its stdout. */
    private final Function<String, String> substitute;

    Expander(Environment env, Function<String, String> substitute) {
        this.env = env;
        this.substitute = substitute;
    }

    List<String> fields(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word word : words) {
            for (Word braced : BraceExpansion.expand(word)) {
                out.addAll(fields(braced));
            }
        }
        return out;
    }

    /** One word as a single string (redirection targets, assignments): no field splitting. */
    String single(Word word) {
        StringBuilder text = new StringBuilder();
        List<Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            text.append(value(parts.get(i), i == 0));
        }
        return text.toString();
    }

    /** A case pattern: what was quoted matches itself, the rest (values of $VAR too) is a glob. */
    Pattern pattern(Word word) {
        GlobPattern glob = new GlobPattern();
        List<Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            glob.add(value(parts.get(i), i == 0), parts.get(i).quoted());
        }
        return glob.compile();
    }

    /** A heredoc body: $ expansions and \$ \` \\ escapes, nothing else. */
    String heredoc(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && "$`\\".indexOf(body.charAt(i + 1)) >= 0) {
                out.append(body.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                Expansions.Scan scan = Expansions.scan(body, i, true);
                if (scan == null) {
                    out.append(c); // an unclosed $( or ` stays as typed
                    i++;
                } else {
                    out.append(value(scan.part(), false));
                    i = scan.end();
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private List<String> fields(Word word) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        List<Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String array = part.quoted() && part instanceof Part.Parameter p ? ArrayExpansion.allElementsOf(p.name())
                    : null;
            if (array != null) { // "${a[@]}": one field per element
                List<String> elements = env.array(array);
                for (int e = 0; e < elements.size(); e++) {
                    if (e > 0) {
                        out.add(current.toString());
                        current.setLength(0);
                    }
                    current.append(elements.get(e));
                    started = true;
                }
                continue;
            }
            String value = value(part, i == 0);
            if (part instanceof Part.Literal || part.quoted()) {
                current.append(value);
                started |= part.quoted() || !value.isEmpty();
                continue;
            }
            // Unquoted expansion: blanks separate fields, leading/trailing blanks end the field.
            int at = 0;
            while (at < value.length()) {
                int blank = at;
                while (blank < value.length() && " \t\n".indexOf(value.charAt(blank)) < 0) {
                    blank++;
                }
                current.append(value, at, blank);
                started |= blank > at;
                if (blank < value.length()) {
                    if (started) {
                        out.add(current.toString());
                    }
                    current.setLength(0);
                    started = false;
                    while (blank < value.length() && " \t\n".indexOf(value.charAt(blank)) >= 0) {
                        blank++;
                    }
                }
                at = blank;
            }
        }
        if (started) {
            out.add(current.toString());
        }
        return out;
    }

    private String value(Part part, boolean first) {
        if (part instanceof Part.Literal literal) {
            return first && !literal.quoted() ? tilde(literal.text()) : literal.text();
        }
        if (part instanceof Part.Parameter parameter) {
            return parameter(parameter.name());
        }
        if (part instanceof Part.Arithmetic arithmetic) {
            return arithmetic(arithmetic.expression());
        }
        String output = substitute.apply(((Part.CommandSubstitution) part).source());
        return output.replaceAll("\n+$", "");
    }

    /** The shell whose words complaints use. */
    ShellKind shell() {
        return env.shell();
    }

    /** The text of $((…)), ((…)) or for ((…)) ready to evaluate: $ expansions done, double quotes removed. */
    String arithmeticText(String expression) {
        return heredoc(expression).replace("\"", "");
    }

    /** $((…)): $ expansions inside come first, then the integer arithmetic; an error drops the command line. */
    private String arithmetic(String expression) {
        try {
            return Long.toString(Arithmetic.evaluate(arithmeticText(expression), Arithmetic.of(env)));
        } catch (Arithmetic.Failure failure) {
            throw new ShellAbort(env.shell().prefix() + ArithmeticWords.of(env.shell(), failure));
        }
    }

    private String parameter(String name) {
        switch (name) {
            case "?":
                return String.valueOf(env.lastStatus());
            case "$":
                return "1207"; // a fixed pid: deterministic, and plausible for a login shell
            case "#":
                return "0";
            case "!":
                return env.lastBackgroundPid();
            case "0":
                return "-bash";
            default:
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    return env.get(name).orElse("");
                }
                String element = ArrayExpansion.value(env, name, this::arithmetic);
                if (element != null) {
                    return element;
                }
                return ParameterOperators.expand(name, this::parameter, env::set, this::heredoc);
        }
    }

    private String tilde(String text) {
        if (text.equals("~") || text.startsWith("~/")) {
            return env.get("HOME").orElse("/root") + text.substring(1);
        }
        return text;
    }
}
