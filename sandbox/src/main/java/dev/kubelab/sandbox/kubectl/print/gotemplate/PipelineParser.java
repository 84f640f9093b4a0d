package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** parse.go pipeline, command, operand and term: what sits between {{ and }} or inside parentheses. */
final class PipelineParser {
    private static final Set<Item.Type> OPERAND_START = Set.of(Item.Type.BOOL, Item.Type.CHAR_CONSTANT, Item.Type.DOT,
            Item.Type.FIELD, Item.Type.IDENTIFIER, Item.Type.NUMBER, Item.Type.NIL, Item.Type.RAW_STRING,
            Item.Type.STRING, Item.Type.VARIABLE, Item.Type.LEFT_PAREN);

    private final Tokens t;
    private final List<String> vars;

    PipelineParser(Tokens tokens, List<String> vars) {
        this.t = tokens;
        this.vars = vars;
    }

    Node.PipeNode pipeline(String context, boolean range) {
        Item first = t.peekNonSpace();
        List<Node.VariableNode> decl = new ArrayList<>();
        boolean assign = declarations(context, decl);
        List<Node.CommandNode> cmds = new ArrayList<>();
        while (true) {
            Item token = t.nextNonSpace();
            if (token.type() == Item.Type.RIGHT_DELIM || token.type() == Item.Type.RIGHT_PAREN) {
                if (cmds.isEmpty()) {
                    throw t.error("missing value for " + context);
                }
                for (int i = 1; i < cmds.size(); i++) {
                    Node arg = cmds.get(i).args().get(0);
                    if (arg instanceof Node.LiteralNode) {
                        throw t.error("non executable command in pipeline stage " + (i + 1));
                    }
                }
                if (token.type() == Item.Type.RIGHT_PAREN) {
                    t.backup();
                }
                return new Node.PipeNode(first.pos(), first.line(), assign, decl, cmds);
            }
            if (!OPERAND_START.contains(token.type())) {
                throw t.unexpected(token, context);
            }
            t.backup();
            cmds.add(command());
        }
    }

    /** $x := / $x = / $i, $e := (range only); true for an assignment. */
    private boolean declarations(String context, List<Node.VariableNode> decl) {
        boolean assign = false;
        while (t.peekNonSpace().type() == Item.Type.VARIABLE) {
            Item v = t.next();
            Item after = t.peek();
            Item next = t.peekNonSpace();
            if (next.type() == Item.Type.ASSIGN || next.type() == Item.Type.DECLARE) {
                assign = next.type() == Item.Type.ASSIGN;
                t.nextNonSpace();
                declare(v, decl);
                return assign;
            }
            if (next.type() == Item.Type.CHAR && next.val().equals(",")) {
                t.nextNonSpace();
                declare(v, decl);
                Item.Type following = t.peekNonSpace().type();
                if (context.equals("range") && decl.size() < 2 && (following == Item.Type.VARIABLE
                        || following == Item.Type.RIGHT_DELIM || following == Item.Type.RIGHT_PAREN)) {
                    continue;
                }
                throw t.error(context.equals("range") && decl.size() < 2 ? "range can only initialize variables"
                        : "too many declarations in " + context);
            }
            t.backup(after.type() == Item.Type.SPACE ? 2 : 1);
            return false;
        }
        return assign;
    }

    private void declare(Item v, List<Node.VariableNode> decl) {
        decl.add(new Node.VariableNode(v.pos(), List.of(v.val())));
        vars.add(v.val());
    }

    private Node.CommandNode command() {
        List<Node> args = new ArrayList<>();
        int pos = t.peekNonSpace().pos();
        while (true) {
            t.peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Item token = t.next();
            if (token.type() == Item.Type.SPACE) {
                continue;
            }
            if (token.type() == Item.Type.ERROR) {
                throw t.error(token.val());
            }
            if (token.type() == Item.Type.RIGHT_DELIM || token.type() == Item.Type.RIGHT_PAREN) {
                t.backup();
            } else if (token.type() != Item.Type.PIPE) {
                throw t.error("unexpected " + token + " in operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw t.error("empty command");
        }
        return new Node.CommandNode(pos, args);
    }

    private Node operand() {
        Node node = Terms.term(t, this);
        if (node == null || t.peek().type() != Item.Type.FIELD) {
            return node;
        }
        int pos = t.peek().pos();
        List<String> fields = new ArrayList<>();
        while (t.peek().type() == Item.Type.FIELD) {
            fields.add(t.next().val().substring(1));
        }
        if (node instanceof Node.FieldNode) {
            List<String> all = new ArrayList<>(((Node.FieldNode) node).ident());
            all.addAll(fields);
            return new Node.FieldNode(pos, all);
        }
        if (node instanceof Node.VariableNode) {
            List<String> all = new ArrayList<>(((Node.VariableNode) node).ident());
            all.addAll(fields);
            return new Node.VariableNode(pos, all);
        }
        if (node instanceof Node.LiteralNode) {
            throw t.error("unexpected . after term " + GoQuote.quote(node.toString()));
        }
        return new Node.ChainNode(pos, node, fields);
    }

    /** useVar: a variable must have been declared before. */
    Node variable(Item token) {
        String name = token.val().contains(".") ? token.val().substring(0, token.val().indexOf('.')) : token.val();
        if (!vars.contains(name)) {
            throw t.error("undefined variable " + GoQuote.quote(name));
        }
        return new Node.VariableNode(token.pos(), List.of(name));
    }
}
