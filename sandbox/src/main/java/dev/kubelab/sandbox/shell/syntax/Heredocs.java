package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Here-documents while a line is lexed: the delimiter word after {@code <<} or {@code <<-}, and the bodies, read
 * after the next newline up to each delimiter line, into the token slots their operators keep for them.
 */
final class Heredocs {
    private final List<Pending> pending = new ArrayList<>();

    /** The word after {@code <<} (null when there is none) and where the lexer goes on. */
    record Delimiter(Word word, int end) {}

    /**
     * The word after {@code <<}, from {@code from} on: quoting it (in any part) turns expansion in the body off.
     * Null when a quote in it is not closed yet.
     */
    static Delimiter delimiter(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        WordBuilder saved = new WordBuilder();
        while (i < text.length() && " \t\n".indexOf(text.charAt(i)) < 0 && !Lexer.isOperatorStart(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return null;
                }
                saved.literal(text.substring(i + 1, close), true);
                i = close + 1;
            } else if (c == '\\' && i + 1 < text.length()) {
                saved.literal(String.valueOf(text.charAt(i + 1)), true);
                i += 2;
            } else {
                saved.literal(String.valueOf(c), false);
                i++;
            }
        }
        return new Delimiter(saved.isEmpty() ? null : saved.build(), i);
    }

    /** A {@code <<} whose body comes after the next newline; its token goes to the slot kept at {@code slot}. */
    void expect(int fd, Word delimiter, boolean stripTabs, int slot) {
        pending.add(new Pending(fd, delimiter, stripTabs, slot));
    }

    /** True while a body has not been read yet (the text then is incomplete). */
    boolean anyPending() {
        return !pending.isEmpty();
    }

    /**
     * Reads the awaited bodies from {@code from} on into their token slots; returns where the text after them
     * starts, or -1 when the text ends before a delimiter line.
     */
    int readBodies(String text, int from, List<Token> tokens) {
        int i = from;
        for (Pending heredoc : pending) {
            String end = heredoc.delimiter.literalText();
            StringBuilder body = new StringBuilder();
            while (true) {
                int nl = text.indexOf('\n', i);
                String line = nl < 0 ? text.substring(i) : text.substring(i, nl);
                if (nl < 0 && (line.isEmpty() || !line.equals(end))) {
                    return -1; // the last line typed so far may be the delimiter, nothing else ends it
                }
                i = nl < 0 ? text.length() : nl + 1;
                if (heredoc.stripTabs) {
                    line = line.replaceFirst("^\t+", "");
                }
                if (line.equals(end)) {
                    break;
                }
                body.append(line).append('\n');
            }
            tokens.set(heredoc.slot, new Token.Heredoc(heredoc.fd, body.toString(), !heredoc.delimiter.anyQuoted()));
        }
        pending.clear();
        return i;
    }

    private record Pending(int fd, Word delimiter, boolean stripTabs, int slot) {}
}
