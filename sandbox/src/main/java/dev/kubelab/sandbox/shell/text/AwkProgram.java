package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.TextSink;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and runs the small awk subset of {@link Awk}. */
final class AwkProgram {
    private static final Pattern RULE = Pattern.compile("\\s*(BEGIN|END)?\\s*([^{]*?)\\s*\\{([^}]*)\\}\\s*;?");
    private static final Pattern COMPARISON = Pattern.compile("(\\$\\w+|NR|NF)\\s*(==|!=|>=|<=|>|<|~|!~)\\s*(.+)");

    private AwkProgram() {
    }

    /** when: "BEGIN", "END" or "" (every line); pattern may be empty. */
    record Rule(String when, String pattern, List<String> printArgs) {}

    static List<Rule> parse(String source) {
        List<Rule> rules = new ArrayList<>();
        String text = source.trim();
        if (!text.contains("{")) {
            rules.add(new Rule("", text, List.of("$0"))); // a bare pattern prints matching lines
            return rules;
        }
        Matcher m = RULE.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            rules.add(new Rule(m.group(1) == null ? "" : m.group(1), m.group(2).trim(), printArgs(m.group(3))));
            end = m.end();
        }
        if (end != text.length()) {
            throw new IllegalArgumentException(text.substring(end).trim().isEmpty() ? "end of file" : text.substring(end).trim().substring(0, 1));
        }
        return rules;
    }

    private static List<String> printArgs(String action) {
        String a = action.trim().replaceAll(";\\s*$", "");
        if (a.isEmpty()) {
            return List.of();
        }
        if (!a.startsWith("print")) {
            throw new IllegalArgumentException(a.split("\\s")[0]);
        }
        String rest = a.substring(5).trim();
        if (rest.isEmpty()) {
            return List.of("$0");
        }
        List<String> args = new ArrayList<>();
        for (String piece : rest.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            args.add(piece.trim());
        }
        return args;
    }

    /** The state of one run: current record, its fields, NR. */
    static final class Run {
        private final String separator;
        private final TextSink out;
        private String record = "";
        private String[] fields = new String[0];
        private long nr;

        Run(String separator, TextSink out) {
            this.separator = separator;
            this.out = out;
        }

        void next(String line) {
            nr++;
            record = line;
            fields = separator == null ? line.trim().split("\\s+") : line.split(Pattern.quote(separator), -1);
            if (separator == null && line.isBlank()) {
                fields = new String[0];
            }
        }

        void apply(Rule rule) {
            if (!rule.pattern().isEmpty() && !matches(rule.pattern())) {
                return;
            }
            List<String> values = new ArrayList<>();
            for (String arg : rule.printArgs()) {
                values.add(concat(arg));
            }
            if (!rule.printArgs().isEmpty()) {
                out.println(String.join(" ", values));
            }
        }

        private boolean matches(String pattern) {
            if (pattern.startsWith("/") && pattern.endsWith("/") && pattern.length() > 1) {
                return Pattern.compile(pattern.substring(1, pattern.length() - 1)).matcher(record).find();
            }
            Matcher m = COMPARISON.matcher(pattern);
            if (!m.matches()) {
                throw new IllegalArgumentException(pattern);
            }
            String left = value(m.group(1));
            String rightRaw = m.group(3).trim();
            if (m.group(2).endsWith("~")) {
                boolean found = Pattern.compile(rightRaw.replaceAll("^/|/$", "")).matcher(left).find();
                return m.group(2).equals("~") == found;
            }
            String right = value(rightRaw);
            int cmp = compare(left, right);
            switch (m.group(2)) {
                case "==": return cmp == 0;
                case "!=": return cmp != 0;
                case ">": return cmp > 0;
                case "<": return cmp < 0;
                case ">=": return cmp >= 0;
                default: return cmp <= 0;
            }
        }

        /** Space-separated terms are concatenated, as in `print $1 "/" $2`. */
        private String concat(String expression) {
            StringBuilder out = new StringBuilder();
            Matcher term = Pattern.compile("\"[^\"]*\"|\\S+").matcher(expression);
            while (term.find()) {
                out.append(value(term.group()));
            }
            return out.toString();
        }

        private String value(String term) {
            if (term.startsWith("\"") && term.endsWith("\"") && term.length() >= 2) {
                return term.substring(1, term.length() - 1);
            }
            if (term.equals("NR")) {
                return String.valueOf(nr);
            }
            if (term.equals("NF")) {
                return String.valueOf(fields.length);
            }
            if (term.startsWith("$")) {
                String index = term.substring(1);
                int n = index.equals("NF") ? fields.length : parse(index);
                return n == 0 ? record : n > 0 && n <= fields.length ? fields[n - 1] : "";
            }
            return term;
        }

        private static int parse(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text);
            }
        }

        private static int compare(String a, String b) {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
    }
}
