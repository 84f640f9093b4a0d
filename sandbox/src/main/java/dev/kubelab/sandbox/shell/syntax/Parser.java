package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tokens → {@link Script}, with bash's continuation and syntax-error behaviour. */
public final class Parser {
    private static final Set<String> REDIRECTS = Set.of(">", ">>", "<", ">&", "&>", "&>>", ">|", "2>&1");
    private static final Set<String> UNSUPPORTED = Set.of("(", ")", "&", ";;");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Parsed parse(String text) {
        Lexed lexed = Lexer.lex(text);
        if (lexed instanceof Lexed.Incomplete incomplete) {
            return new Parsed.Incomplete(incomplete.trailingBackslash());
        }
        return new Parser(((Lexed.Tokens) lexed).tokens()).script();
    }

    private Parsed script() {
        List<Script.AndOr> lists = new ArrayList<>();
        try {
            while (true) {
                skipSeparators();
                if (pos >= tokens.size()) {
                    return new Parsed.Complete(new Script(lists));
                }
                lists.add(andOr());
                if (pos < tokens.size() && !isSeparator(tokens.get(pos))) {
                    throw new Unexpected(describe(tokens.get(pos)));
                }
            }
        } catch (NeedMore more) {
            return new Parsed.Incomplete(false);
        } catch (Unexpected unexpected) {
            return new Parsed.SyntaxError(unexpected.token);
        }
    }

    private Script.AndOr andOr() {
        List<Script.Pipeline> pipelines = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        pipelines.add(pipeline());
        while (isOperator("&&") || isOperator("||")) {
            ops.add(((Token.Operator) tokens.get(pos++)).op());
            skipNewlines();
            pipelines.add(pipeline());
        }
        return new Script.AndOr(pipelines, ops);
    }

    private Script.Pipeline pipeline() {
        boolean negated = false;
        if (pos < tokens.size() && tokens.get(pos) instanceof Token.WordToken w && "!".equals(w.word().literalText())) {
            negated = true;
            pos++;
        }
        List<Script.Command> commands = new ArrayList<>();
        commands.add(command());
        while (isOperator("|")) {
            pos++;
            skipNewlines();
            commands.add(command());
        }
        return new Script.Pipeline(commands, negated);
    }

    private Script.Command command() {
        if (pos >= tokens.size()) {
            throw new NeedMore();
        }
        List<Word> words = new ArrayList<>();
        List<Script.Redirect> redirects = new ArrayList<>();
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            if (token instanceof Token.WordToken w) {
                words.add(w.word());
                pos++;
            } else if (token instanceof Token.Heredoc h) {
                redirects.add(new Script.Redirect("<<", h.fd(), null, h.body(), h.expand()));
                pos++;
            } else if (token instanceof Token.Operator op && op.op().startsWith("<<")) {
                throw new Unexpected("newline"); // << without a delimiter word, as bash reports it
            } else if (token instanceof Token.Operator op && REDIRECTS.contains(op.op())) {
                pos++;
                redirects.add(redirect(op));
            } else {
                break;
            }
        }
        if (words.isEmpty() && redirects.isEmpty()) {
            throw new Unexpected(pos < tokens.size() ? describe(tokens.get(pos)) : "newline");
        }
        return new Script.Command(words, redirects);
    }

    private Script.Redirect redirect(Token.Operator op) {
        if (op.op().equals("2>&1")) {
            return new Script.Redirect(">&", 2, Word.literal("1"), null, false);
        }
        if (pos >= tokens.size() || !(tokens.get(pos) instanceof Token.WordToken target)) {
            throw new Unexpected(pos < tokens.size() ? describe(tokens.get(pos)) : "newline");
        }
        pos++;
        return new Script.Redirect(op.op(), op.fd(), target.word(), null, false);
    }

    private void skipSeparators() {
        while (pos < tokens.size() && isSeparator(tokens.get(pos))) {
            if (tokens.get(pos) instanceof Token.Operator op && op.op().equals(";")
                    && (pos == 0 || isSeparator(tokens.get(pos - 1)))) {
                throw new Unexpected(";");
            }
            pos++;
        }
    }

    private void skipNewlines() {
        while (pos < tokens.size() && tokens.get(pos) instanceof Token.Newline) {
            pos++;
        }
    }

    private boolean isSeparator(Token token) {
        return token instanceof Token.Newline || token instanceof Token.Operator op && op.op().equals(";");
    }

    private boolean isOperator(String op) {
        return pos < tokens.size() && tokens.get(pos) instanceof Token.Operator o && o.op().equals(op);
    }

    private static String describe(Token token) {
        if (token instanceof Token.Operator op) {
            return UNSUPPORTED.contains(op.op()) || !op.op().isEmpty() ? op.op() : "newline";
        }
        return token instanceof Token.Newline ? "newline" : "word";
    }

    private static final class NeedMore extends RuntimeException {
        NeedMore() {
            super(null, null, false, false);
        }
    }

    private static final class Unexpected extends RuntimeException {
        final String token;

        Unexpected(String token) {
            super(null, null, false, false);
            this.token = token;
        }
    }
}
