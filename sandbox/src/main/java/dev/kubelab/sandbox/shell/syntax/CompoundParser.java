package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** for, while, until, if, case, { } and ( ) — each from its opening reserved word to its closing one. */
final class CompoundParser {
    /** Nesting deeper than this is refused: a pasted "if if if …" must not exhaust the stack. */
    private static final int MAX_NESTING = 100;

    private final TokenCursor cursor;
    private final Parser parser;
    private int nesting;

    CompoundParser(TokenCursor cursor, Parser parser) {
        this.cursor = cursor;
        this.parser = parser;
    }

    /** The compound command the keyword at the cursor opens, or null when it opens none. */
    Compound parse(String keyword) {
        if (!keyword.equals("for") && !keyword.equals("while") && !keyword.equals("until") && !keyword.equals("if")
                && !keyword.equals("{") && !keyword.equals("case")) {
            return null;
        }
        if (nesting >= MAX_NESTING) {
            throw new TokenCursor.Unexpected(keyword);
        }
        nesting++;
        try {
            return compound(keyword);
        } finally {
            nesting--;
        }
    }

    /** ( LIST ) or ((EXPRESSION)) at the cursor, else null. */
    Compound parenthesized() {
        if (cursor.peek() instanceof Token.Arithmetic arithmetic) {
            cursor.next();
            return new Compound.Arithmetic(arithmetic.expression(), parser.trailingRedirects());
        }
        return cursor.atOperator("(") ? subshell() : null;
    }

    /** ( LIST ) at the cursor: a subshell. */
    private Compound subshell() {
        if (nesting >= MAX_NESTING) {
            throw new TokenCursor.Unexpected("(");
        }
        nesting++;
        try {
            cursor.next();
            Script body = parser.list(Set.of(")"));
            cursor.next(); // the ")" list() stopped at
            return new Compound.Subshell(body, parser.trailingRedirects());
        } finally {
            nesting--;
        }
    }

    private Compound compound(String keyword) {
        switch (keyword) {
            case "for":
                return forLoop();
            case "while":
            case "until":
                return loop(keyword.equals("until"));
            case "if":
                return ifClause();
            case "case":
                return new CaseParser(cursor, parser).parse();
            case "{":
                cursor.next();
                Script body = body("}");
                return new Compound.Group(body, parser.trailingRedirects());
            default:
                return null;
        }
    }

    private Compound forLoop() {
        cursor.next();
        if (cursor.atEnd()) {
            throw new TokenCursor.Unexpected("newline"); // the line ended where the variable's name belongs
        }
        if (cursor.peek() instanceof Token.Arithmetic head) {
            return arithmeticFor(head.expression());
        }
        if (!parser.shell().isBash() && !(cursor.peek() instanceof Token.WordToken w && PosixOnly.isName(w))) {
            throw new TokenCursor.Unexpected(Parsed.BAD_FOR_VARIABLE); // ash, dash: "for ((" or "for 1 in"
        }
        if (!(cursor.peek() instanceof Token.WordToken name)) {
            throw cursor.unexpected();
        }
        cursor.next();
        List<Word> words = null;
        cursor.skipNewlines();
        if (cursor.atKeyword("in")) {
            cursor.next();
            words = new ArrayList<>();
            while (cursor.peek() instanceof Token.WordToken w) {
                words.add(w.word());
                cursor.next();
            }
            if (!cursor.atSeparator()) {
                throw cursor.unexpected(); // the word list ends at ; or a newline, nothing else
            }
            cursor.next();
        } else if (cursor.atOperator(";")) {
            cursor.next();
        }
        cursor.skipNewlines();
        cursor.expectKeyword("do");
        Script body = body("done");
        return new Compound.For(WordText.of(name.word()), words, body, parser.trailingRedirects());
    }

    /** for ((INIT; CONDITION; STEP)) [;] do BODY done, or { BODY }: the head holds exactly three expressions. */
    private Compound arithmeticFor(String head) {
        List<String> parts = DoubleParens.forHead(head);
        if (parts == null) {
            // bash (make_cmd.c) says "arithmetic expression required" and then "`((…))'"; this names the head only
            throw new TokenCursor.Unexpected("((" + head + "))");
        }
        cursor.next();
        if (cursor.atOperator(";")) {
            cursor.next();
        }
        cursor.skipNewlines();
        String closing = cursor.atKeyword("{") ? "}" : "done";
        cursor.expectKeyword(closing.equals("}") ? "{" : "do");
        Script body = body(closing);
        return new Compound.ArithmeticFor(parts.get(0), parts.get(1), parts.get(2), body, parser.trailingRedirects());
    }

    private Compound loop(boolean until) {
        cursor.next();
        Script condition = parser.list(Set.of("do"));
        cursor.expectKeyword("do");
        Script body = body("done");
        return new Compound.Loop(until, condition, body, parser.trailingRedirects());
    }

    private Compound ifClause() {
        List<Compound.Branch> branches = new ArrayList<>();
        Script otherwise = null;
        do {
            cursor.next(); // "if" or "elif"
            Script condition = parser.list(Set.of("then"));
            cursor.expectKeyword("then");
            branches.add(new Compound.Branch(condition, parser.list(Set.of("elif", "else", "fi"))));
        } while (cursor.atKeyword("elif"));
        if (cursor.atKeyword("else")) {
            cursor.next();
            otherwise = parser.list(Set.of("fi"));
        }
        cursor.expectKeyword("fi");
        return new Compound.If(branches, otherwise, parser.trailingRedirects());
    }

    /** The list up to the closing word, which is consumed. */
    private Script body(String closing) {
        Script body = parser.list(Set.of(closing));
        cursor.expectKeyword(closing);
        return body;
    }
}
