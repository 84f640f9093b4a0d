package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits command text into words and operators as bash does: quotes and escapes, $ expansions
 * (kept as parts, expanded at run time), redirections, pipes and lists, comments, heredoc bodies ({@link Heredocs}).
 */
public final class Lexer {
    private static final Incomplete OPEN = new Incomplete(false);

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    /** Where each token starts and ends in the text (for the command text of a background job). */
    private final List<int[]> spans = new ArrayList<>();
    private int wordStart;
    private final Heredocs heredocs = new Heredocs();
    private final WordBuilder word = new WordBuilder();
    private int i;
    /** bash's ((…)) command and ;& ;;& case ends; ash and dash read "((" as two subshells, ";&" as ";" "&". */
    private final boolean bash;

    private Lexer(String text, boolean bash) {
        this.text = text;
        this.bash = bash;
    }

    public static Lexed lex(String text) {
        return lex(text, true);
    }

    public static Lexed lex(String text, boolean bash) {
        try {
            return new Lexer(text, bash).run();
        } catch (Incomplete incomplete) {
            return new Lexed.Incomplete(incomplete.trailingBackslash);
        }
    }

    private Lexed run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (word.isEmpty()) {
                wordStart = i;
            }
            if (c == ' ' || c == '\t') {
                endWord();
                i++;
            } else if (c == '\n') {
                endWord();
                add(new Token.Newline(), i, i + 1);
                int afterBodies = heredocs.readBodies(text, i + 1, tokens);
                if (afterBodies < 0) {
                    throw OPEN;
                }
                i = afterBodies;
            } else if (c == '#' && word.isEmpty()) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\') {
                escaped();
            } else if (c == '\'') {
                i = closed(Quotes.single(text, i, word));
            } else if (c == '"') {
                i = closed(Quotes.doubled(text, i, word));
            } else if (text.startsWith("$'", i)) {
                i = closed(Quotes.ansiC(text, i, word));
            } else if (c == '$' || c == '`') {
                dollar();
            } else if (text.startsWith("((", i) && word.isEmpty() && bash && arithmeticCommand()) {
                continue;
            } else if (isOperatorStart(c)) {
                operator();
            } else {
                word.literal(String.valueOf(c), false);
                i++;
            }
        }
        endWord();
        if (heredocs.anyPending()) {
            throw OPEN; // the body has not ended yet
        }
        return new Lexed.Tokens(tokens, spans);
    }

    private void escaped() {
        if (i + 1 >= text.length()) {
            throw new Incomplete(true);
        }
        char next = text.charAt(i + 1);
        if (next != '\n') {
            word.literal(String.valueOf(next), true);
        }
        i += 2;
    }

    /** Where a quoted piece ended; -1: the text ended inside it, so the line goes on. */
    private static int closed(int end) {
        if (end < 0) {
            throw OPEN;
        }
        return end;
    }

    /** At '$' or '`': a parameter, a command substitution, or a plain dollar sign. */
    private void dollar() {
        Expansions.Scan scan = Expansions.scan(text, i, false);
        if (scan == null) {
            throw OPEN;
        }
        word.add(scan.part());
        i = scan.end();
    }

    /** At "((" where a command may start: a ((…)) arithmetic command when it closes with "))" ({@link DoubleParens}). */
    private boolean arithmeticCommand() {
        if (!tokens.isEmpty() && !DoubleParens.commandMayStart(tokens.get(tokens.size() - 1))) {
            return false;
        }
        int close = DoubleParens.close(text, i);
        if (close == DoubleParens.OPEN) {
            throw OPEN;
        }
        if (close < 0) {
            return false; // "((a); b)": a subshell inside a subshell, as bash falls back to
        }
        add(new Token.Arithmetic(text.substring(i + 2, close)), i, close + 2);
        i = close + 2;
        return true;
    }

    static boolean isOperatorStart(char c) {
        return c == '|' || c == '&' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')';
    }

    private void operator() {
        int fd = -1;
        String pending = word.plainText();
        char c = text.charAt(i);
        if ((c == '>' || c == '<') && pending != null && pending.matches("[0-9]")) {
            fd = pending.charAt(0) - '0'; // "2>" : the digit names the descriptor, it is not a word
            word.clear();
        }
        endWord();
        String op = longestOperator();
        int start = i;
        i += op.length();
        if (op.equals("<<") || op.equals("<<-")) {
            Heredocs.Delimiter delimiter = Heredocs.delimiter(text, i);
            if (delimiter == null) {
                throw OPEN;
            }
            i = delimiter.end();
            if (delimiter.word() == null) {
                add(new Token.Operator(op, 0), start, i); // no word after <<: the parser reports it
                return;
            }
            heredocs.expect(fd < 0 ? 0 : fd, delimiter.word(), op.equals("<<-"), tokens.size());
            add(null, start, i); // filled in when the body has been read
            return;
        }
        if (fd < 0) {
            fd = op.startsWith("<") ? 0 : 1;
        }
        add(new Token.Operator(op, fd), start, i);
    }

    private void add(Token token, int start, int end) {
        tokens.add(token);
        spans.add(new int[] {start, end});
    }

    private String longestOperator() {
        for (String op : List.of("<<<", "<<-", "2>&1", "&>>", ">>", "<<", "&&", "||", ">&", "&>", ";;&", ";;", ";&",
                ">|")) {
            if (text.startsWith(op, i) && (bash || !op.startsWith(";") || op.equals(";;"))) {
                return op;
            }
        }
        return String.valueOf(text.charAt(i));
    }

    private void endWord() {
        if (!word.isEmpty()) {
            add(new Token.WordToken(word.build()), wordStart, i);
            word.clear();
        }
    }

    /** Thrown (cheaply, without a stack trace) when the text ends too early. */
    private static final class Incomplete extends RuntimeException {
        final boolean trailingBackslash;

        Incomplete(boolean trailingBackslash) {
            super(null, null, false, false);
            this.trailingBackslash = trailingBackslash;
        }
    }
}
