package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tokens → {@link Script}, with bash's continuation and syntax-error behaviour. */
public final class Parser {
    private static final Set<String> REDIRECTS = Set.of(">", ">>", "<", "<<<", ">&", "&>", "&>>", ">|", "2>&1");
    /** Reserved words that close or continue a compound command: where a command should start they are errors. */
    private static final Set<String> CLOSERS = Set.of("do", "done", "then", "elif", "else", "fi", "}", "esac");

    private final TokenCursor cursor;
    private final CompoundParser compounds;
    private final String text;
    private final ShellKind shell;

    private Parser(String text, Lexed.Tokens lexed, ShellKind shell) {
        this.text = text;
        this.shell = shell;
        this.cursor = new TokenCursor(lexed.tokens(), lexed.spans());
        this.compounds = new CompoundParser(cursor, this);
    }

    public static Parsed parse(String text) {
        return parse(text, ShellKind.LOGIN_BASH);
    }

    /** The text as this shell reads it: ash and dash know no ((…)), for ((…)), ;& nor arrays ({@link PosixOnly}). */
    public static Parsed parse(String text, ShellKind shell) {
        Lexed lexed = Lexer.lex(text, shell.isBash());
        if (lexed instanceof Lexed.Incomplete incomplete) {
            return new Parsed.Incomplete(incomplete.trailingBackslash());
        }
        String unbashed = shell.isBash() ? null : PosixOnly.badSubstitution(((Lexed.Tokens) lexed).tokens());
        return unbashed != null ? new Parsed.SyntaxError(unbashed)
                : new Parser(text, (Lexed.Tokens) lexed, shell).script();
    }

    ShellKind shell() {
        return shell;
    }

    private Parsed script() {
        try {
            return new Parsed.Complete(list(Set.of()));
        } catch (TokenCursor.NeedMore more) {
            return new Parsed.Incomplete(false);
        } catch (TokenCursor.Unexpected unexpected) {
            return new Parsed.SyntaxError(unexpected.token);
        }
    }

    /**
     * Commands separated by ; or newlines, up to one of the terminators (a reserved word such as done, left for
     * the caller) — or, at the top level (no terminators), up to the end of the text.
     */
    Script list(Set<String> terminators) {
        List<Script.AndOr> lists = new ArrayList<>();
        boolean afterCommand = false;
        while (true) {
            while (cursor.atSeparator()) {
                if (cursor.atOperator(";") && !afterCommand) {
                    throw new TokenCursor.Unexpected(";"); // "; ls", "do; …", "a; ;"
                }
                afterCommand = false;
                cursor.next();
            }
            if (cursor.atEnd()) {
                if (terminators.isEmpty()) {
                    return new Script(lists);
                }
                throw new TokenCursor.NeedMore();
            }
            String keyword = cursor.peek() instanceof Token.Operator op ? op.op() : cursor.keyword();
            if (keyword != null && terminators.contains(keyword)) {
                if (lists.isEmpty() && !CaseParser.ITEM_ENDS.contains(keyword)) {
                    throw new TokenCursor.Unexpected(keyword); // "do done", "( )": a command must come first
                }
                return new Script(lists);
            }
            if (afterCommand) {
                throw cursor.unexpected(); // a word right after fi, done or }
            }
            lists.add(andOr());
            afterCommand = true;
            if (cursor.atOperator("&")) {
                cursor.next(); // runs in the background; like ; it ends the command (so "& ;" is an error)
                Script.AndOr last = lists.remove(lists.size() - 1);
                lists.add(last.inBackground());
                afterCommand = false;
            }
        }
    }

    private Script.AndOr andOr() {
        int start = cursor.start();
        List<Script.Pipeline> pipelines = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        pipelines.add(pipeline());
        while (cursor.atOperator("&&") || cursor.atOperator("||")) {
            ops.add(((Token.Operator) cursor.next()).op());
            cursor.skipNewlines();
            pipelines.add(pipeline());
        }
        String typed = text.substring(start, Math.max(start, cursor.lastEnd()));
        return new Script.AndOr(pipelines, ops, false, JobText.of(pipelines, typed));
    }

    private Script.Pipeline pipeline() {
        boolean negated = false;
        if (cursor.peek() instanceof Token.WordToken w && "!".equals(w.word().literalText())) {
            negated = true;
            cursor.next();
        }
        List<Script.Command> commands = new ArrayList<>();
        commands.add(command());
        while (cursor.atOperator("|")) {
            cursor.next();
            cursor.skipNewlines();
            commands.add(command());
        }
        return new Script.Pipeline(commands, negated);
    }

    private Script.Command command() {
        if (cursor.atEnd()) {
            throw new TokenCursor.NeedMore();
        }
        Compound parenthesized = compounds.parenthesized();
        if (parenthesized != null) {
            return parenthesized;
        }
        String keyword = cursor.keyword();
        if (keyword != null) {
            Compound compound = compounds.parse(keyword);
            if (compound != null) {
                return compound;
            }
            if (CLOSERS.contains(keyword)) {
                throw new TokenCursor.Unexpected(keyword);
            }
        }
        List<Word> words = new ArrayList<>();
        List<Script.Redirect> redirects = new ArrayList<>();
        while (!cursor.atEnd()) {
            if (cursor.peek() instanceof Token.WordToken w) {
                words.add(w.word());
                cursor.next();
            } else if (!redirect(redirects)) {
                break;
            }
        }
        if (words.isEmpty() && redirects.isEmpty()) {
            throw cursor.unexpected();
        }
        return new Script.Simple(words, redirects);
    }

    /** The redirections after a compound command's done, fi or }. */
    List<Script.Redirect> trailingRedirects() {
        List<Script.Redirect> redirects = new ArrayList<>();
        while (redirect(redirects)) {
            // each call consumed one redirection
        }
        return redirects;
    }

    /** Reads one redirection at the cursor into the list; false when the token is not one. */
    private boolean redirect(List<Script.Redirect> redirects) {
        Token token = cursor.peek();
        if (token instanceof Token.Heredoc h) {
            cursor.next();
            redirects.add(new Script.Redirect("<<", h.fd(), null, h.body(), h.expand()));
            return true;
        }
        if (!(token instanceof Token.Operator op)) {
            return false;
        }
        if (op.op().startsWith("<<") && !op.op().equals("<<<")) {
            throw new TokenCursor.Unexpected("newline"); // << without a delimiter word, as bash reports it
        }
        if (!REDIRECTS.contains(op.op())) {
            return false;
        }
        cursor.next();
        if (op.op().equals("2>&1")) {
            redirects.add(new Script.Redirect(">&", 2, Word.literal("1"), null, false));
            return true;
        }
        if (!(cursor.peek() instanceof Token.WordToken target)) {
            throw new TokenCursor.Unexpected(cursor.atEnd() ? "newline" : TokenCursor.describe(cursor.peek()));
        }
        cursor.next();
        redirects.add(new Script.Redirect(op.op(), op.fd(), target.word(), null, false));
        return true;
    }
}
