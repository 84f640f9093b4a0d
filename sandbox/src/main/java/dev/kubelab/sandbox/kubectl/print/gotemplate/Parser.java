package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** parse.go's Tree: text, actions and the if/range/with controls; pipelines are read by {@link PipelineParser}. */
final class Parser {
    private final Tokens t;
    private final PipelineParser pipes;
    private final List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;

    private Parser(Tokens tokens) {
        this.t = tokens;
        this.pipes = new PipelineParser(tokens, vars);
    }

    static Node.ListNode parse(String text, String name) {
        Parser p = new Parser(new Tokens(Lexer.lex(text), name));
        List<Node> nodes = new ArrayList<>();
        while (p.t.peek().type() != Item.Type.EOF) {
            Node n = p.textOrAction();
            if (n instanceof Node.KeywordNode) {
                throw p.t.error("unexpected " + n);
            }
            nodes.add(n);
        }
        return new Node.ListNode(0, nodes);
    }

    /** itemList: nodes up to an {{end}} or {{else}}, which is returned as the list's last element. */
    private List<Node> itemList() {
        List<Node> list = new ArrayList<>();
        while (t.peekNonSpace().type() != Item.Type.EOF) {
            Node n = textOrAction();
            list.add(n);
            if (n instanceof Node.KeywordNode && (((Node.KeywordNode) n).type() == Item.Type.END
                    || ((Node.KeywordNode) n).type() == Item.Type.ELSE)) {
                return list;
            }
        }
        throw t.error("unexpected EOF");
    }

    private Node textOrAction() {
        Item token = t.nextNonSpace();
        if (token.type() == Item.Type.TEXT) {
            return new Node.TextNode(token.pos(), token.val());
        }
        if (token.type() == Item.Type.LEFT_DELIM) {
            return action();
        }
        throw t.unexpected(token, "input");
    }

    private Node action() {
        Item token = t.nextNonSpace();
        switch (token.type()) {
            case ELSE:
                return elseControl();
            case END:
                return new Node.KeywordNode(t.expect(Item.Type.RIGHT_DELIM, "end").pos(), token.line(), Item.Type.END);
            case IF:
            case RANGE:
            case WITH:
                return control(token);
            case BREAK:
            case CONTINUE:
                return loopControl(token);
            case BLOCK:
            case DEFINE:
            case TEMPLATE:
                throw t.error("{{" + token.val() + "}} is not available in this lab terminal yet");
            default:
                t.backup();
                Item first = t.peek();
                return new Node.ActionNode(first.pos(), first.line(), pipes.pipeline("command", false));
        }
    }

    private Node elseControl() {
        Item peek = t.peekNonSpace();
        if (peek.type() == Item.Type.IF) {
            return new Node.KeywordNode(peek.pos(), peek.line(), Item.Type.ELSE);
        }
        Item token = t.expect(Item.Type.RIGHT_DELIM, "else");
        return new Node.KeywordNode(token.pos(), token.line(), Item.Type.ELSE);
    }

    private Node loopControl(Item token) {
        String word = token.val();
        Item next = t.nextNonSpace();
        if (next.type() != Item.Type.RIGHT_DELIM) {
            throw t.error("unexpected " + next + " in {{" + word + "}}");
        }
        if (rangeDepth == 0) {
            throw t.error("{{" + word + "}} outside {{range}}");
        }
        return new Node.KeywordNode(token.pos(), token.line(), token.type());
    }

    /** parseControl for if/range/with, including {{else if …}} chains. */
    private Node control(Item keyword) {
        Item.Type type = keyword.type();
        String context = keyword.val();
        int mark = vars.size();
        Node.PipeNode pipe = pipes.pipeline(context, type == Item.Type.RANGE);
        if (type == Item.Type.RANGE) {
            rangeDepth++;
        }
        List<Node> list = itemList();
        if (type == Item.Type.RANGE) {
            rangeDepth--;
        }
        Node.KeywordNode next = (Node.KeywordNode) list.remove(list.size() - 1);
        Node.ListNode elseList = null;
        if (next.type() == Item.Type.ELSE) {
            if (type != Item.Type.RANGE && t.peek().type() == Item.Type.IF) {
                Item ifToken = t.next();
                elseList = new Node.ListNode(next.pos(), List.of(control(ifToken)));
            } else {
                List<Node> rest = itemList();
                Node end = rest.remove(rest.size() - 1);
                if (((Node.KeywordNode) end).type() != Item.Type.END) {
                    throw t.error("expected end; found " + end);
                }
                elseList = new Node.ListNode(next.pos(), rest);
            }
        }
        while (vars.size() > mark) {
            vars.remove(vars.size() - 1);
        }
        return new Node.BranchNode(pipe.pos(), pipe.line(), type, pipe,
                new Node.ListNode(pipe.pos(), list), elseList);
    }
}
