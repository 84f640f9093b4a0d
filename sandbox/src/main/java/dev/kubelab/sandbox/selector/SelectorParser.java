package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.registry.validation.NameRules;
import dev.kubelab.sandbox.selector.SelectorLexer.Item;
import dev.kubelab.sandbox.selector.SelectorLexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** labels.Parser: a selector string to requirements, failing with apimachinery's messages. */
final class SelectorParser {
    private static final String BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

    private final List<Item> items;
    private int position;

    private SelectorParser(String selector) {
        this.items = SelectorLexer.scan(selector);
    }

    static List<Requirement> parse(String selector) {
        return new SelectorParser(selector).parseAll();
    }

    private List<Requirement> parseAll() {
        List<Requirement> requirements = new ArrayList<>();
        while (true) {
            Item next = lookahead(true);
            if (next.token() == Token.END) {
                return requirements;
            }
            if (next.token() != Token.IDENTIFIER && next.token() != Token.DOES_NOT_EXIST) {
                throw fail("found '" + next.literal() + "', expected: !, identifier, or 'end of string'");
            }
            try {
                requirements.add(parseRequirement());
            } catch (SelectorException e) {
                throw fail("unable to parse requirement: " + e.getMessage());
            }
            Item after = consume(true);
            if (after.token() == Token.END) {
                return requirements;
            }
            if (after.token() != Token.COMMA) {
                throw fail("found '" + after.literal() + "', expected: ',' or 'end of string'");
            }
            Item following = lookahead(true);
            if (following.token() != Token.IDENTIFIER && following.token() != Token.DOES_NOT_EXIST) {
                throw fail("found '" + following.literal() + "', expected: identifier after ','");
            }
        }
    }

    private Requirement parseRequirement() {
        Operator operator = null;
        Item key = consume(true);
        if (key.token() == Token.DOES_NOT_EXIST) {
            operator = Operator.DOES_NOT_EXIST;
            key = consume(true);
        }
        if (key.token() != Token.IDENTIFIER) {
            throw fail("found '" + key.literal() + "', expected: identifier");
        }
        List<String> keyErrors = NameRules.qualifiedName(key.literal());
        if (!keyErrors.isEmpty()) {
            throw fail(InvalidValue.message("<nil>", key.literal(), keyErrors));
        }
        Token next = lookahead(true).token();
        if (operator == null && (next == Token.END || next == Token.COMMA)) {
            operator = Operator.EXISTS;
        }
        if (operator != null) {
            return Requirement.of(key.literal(), operator, List.of());
        }
        operator = parseOperator();
        boolean set = operator == Operator.IN || operator == Operator.NOT_IN;
        List<String> values = set ? parseValues() : parseExactValue();
        return Requirement.of(key.literal(), operator, values);
    }

    private Operator parseOperator() {
        Item item = consume(false);
        switch (item.token()) {
            case IN:
                return Operator.IN;
            case EQUALS:
                return Operator.EQUALS;
            case DOUBLE_EQUALS:
                return Operator.DOUBLE_EQUALS;
            case GREATER_THAN:
                return Operator.GREATER_THAN;
            case LESS_THAN:
                return Operator.LESS_THAN;
            case NOT_IN:
                return Operator.NOT_IN;
            case NOT_EQUALS:
                return Operator.NOT_EQUALS;
            default:
                throw fail("found '" + item.literal() + "', expected: " + BINARY_OPERATORS);
        }
    }

    private List<String> parseValues() {
        Item open = consume(true);
        if (open.token() != Token.OPEN_PAR) {
            throw fail("found '" + open.literal() + "' expected: '('");
        }
        Item first = lookahead(true);
        if (first.token() == Token.CLOSED_PAR) {
            consume(true);
            return List.of("");
        }
        if (first.token() != Token.IDENTIFIER && first.token() != Token.COMMA) {
            throw fail("found '" + first.literal() + "', expected: ',', ')' or identifier");
        }
        List<String> values = parseIdentifiers();
        if (consume(true).token() != Token.CLOSED_PAR) {
            throw fail("found '" + first.literal() + "', expected: ')'");
        }
        return values;
    }

    private List<String> parseIdentifiers() {
        TreeSet<String> values = new TreeSet<>();
        while (true) {
            Item item = consume(true);
            if (item.token() == Token.IDENTIFIER) {
                values.add(item.literal());
                Item next = lookahead(true);
                if (next.token() == Token.CLOSED_PAR) {
                    return new ArrayList<>(values);
                }
                if (next.token() != Token.COMMA) {
                    throw fail("found '" + next.literal() + "', expected: ',' or ')'");
                }
            } else if (item.token() == Token.COMMA) {
                if (values.isEmpty()) {
                    values.add("");
                }
                Token next = lookahead(true).token();
                if (next == Token.CLOSED_PAR) {
                    values.add("");
                    return new ArrayList<>(values);
                }
                if (next == Token.COMMA) {
                    consume(true);
                    values.add("");
                }
            } else {
                throw fail("found '" + item.literal() + "', expected: ',', or identifier");
            }
        }
    }

    private List<String> parseExactValue() {
        Token next = lookahead(true).token();
        if (next == Token.END || next == Token.COMMA) {
            return List.of("");
        }
        Item item = consume(true);
        if (item.token() == Token.IDENTIFIER) {
            return List.of(item.literal());
        }
        throw fail("found '" + item.literal() + "', expected: identifier");
    }

    /** In the Values context the keywords in/notin are plain identifiers. */
    private Item lookahead(boolean values) {
        Item item = items.get(Math.min(position, items.size() - 1));
        if (values && (item.token() == Token.IN || item.token() == Token.NOT_IN)) {
            return new Item(Token.IDENTIFIER, item.literal());
        }
        return item;
    }

    private Item consume(boolean values) {
        Item item = lookahead(values);
        if (position < items.size() - 1) {
            position++;
        }
        return item;
    }

    private static SelectorException fail(String message) {
        return new SelectorException(message);
    }
}
