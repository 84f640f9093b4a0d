package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** case WORD in [(]PATTERN[|PATTERN…]) LIST ;; … esac — the item list may end without ;; before esac. */
final class CaseParser {
    /** What ends an item's list: an item's list may be empty (`a) ;;`). */
    static final Set<String> ITEM_ENDS = Set.of("esac", ";;", ";&", ";;&");

    private final TokenCursor cursor;
    private final Parser parser;

    CaseParser(TokenCursor cursor, Parser parser) {
        this.cursor = cursor;
        this.parser = parser;
    }

    Compound parse() {
        cursor.next(); // "case"
        if (cursor.atEnd()) {
            throw new TokenCursor.Unexpected("newline"); // the line ended where the word belongs
        }
        if (!(cursor.peek() instanceof Token.WordToken word)) {
            throw cursor.unexpected();
        }
        cursor.next();
        cursor.skipNewlines();
        cursor.expectKeyword("in");
        List<Compound.CaseItem> items = new ArrayList<>();
        cursor.skipNewlines();
        while (!cursor.atKeyword("esac")) {
            List<Word> patterns = patterns();
            Script body = parser.list(ITEM_ENDS);
            if (cursor.atKeyword("esac")) {
                items.add(new Compound.CaseItem(patterns, body, ";;"));
                break;
            }
            String end = ((Token.Operator) cursor.next()).op();
            items.add(new Compound.CaseItem(patterns, body, end));
            cursor.skipNewlines();
        }
        cursor.expectKeyword("esac");
        return new Compound.Case(word.word(), items, parser.trailingRedirects());
    }

    /** "(a|b)" or "a|b)": the words between | up to the closing parenthesis, which is consumed. */
    private List<Word> patterns() {
        if (cursor.atOperator("(")) {
            cursor.next();
        }
        List<Word> patterns = new ArrayList<>();
        while (true) {
            if (!(cursor.peek() instanceof Token.WordToken pattern)) {
                throw cursor.unexpected();
            }
            patterns.add(pattern.word());
            cursor.next();
            if (!cursor.atOperator("|")) {
                break;
            }
            cursor.next();
        }
        if (!cursor.atOperator(")")) {
            throw cursor.unexpected();
        }
        cursor.next();
        return patterns;
    }
}
