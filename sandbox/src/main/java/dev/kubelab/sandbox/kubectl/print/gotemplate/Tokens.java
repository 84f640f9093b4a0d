package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;

/** The parser's view of the tokens (parse.go next/backup/peek), and its errors "template: NAME:LINE: …". */
final class Tokens {
    private final List<Item> items;
    private final String name;
    private int at;
    private int furthest;

    Tokens(List<Item> items, String name) {
        this.items = items;
        this.name = name;
    }

    Item next() {
        int i = Math.min(at++, items.size() - 1);
        furthest = Math.max(furthest, i);
        return items.get(i);
    }

    void backup() {
        at--;
    }

    Item peek() {
        Item i = next();
        backup();
        return i;
    }

    Item nextNonSpace() {
        Item i;
        do {
            i = next();
        } while (i.type() == Item.Type.SPACE);
        return i;
    }

    Item peekNonSpace() {
        Item i = nextNonSpace();
        backup();
        return i;
    }

    /** Backs up over the given number of tokens. */
    void backup(int count) {
        at -= count;
    }

    Item expect(Item.Type expected, String context) {
        Item token = nextNonSpace();
        if (token.type() != expected) {
            throw unexpected(token, context);
        }
        return token;
    }

    TemplateException unexpected(Item token, String context) {
        return error("unexpected " + token + " in " + context);
    }

    /** t.errorf: the line is that of the furthest token the lexer has handed out. */
    TemplateException error(String message) {
        int line = items.get(furthest).line();
        return new TemplateException("template: " + name + ":" + line + ": " + message);
    }
}
