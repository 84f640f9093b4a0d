package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.stream.Collectors;

/** parse/node.go: the template's tree. toString() is Go's Node.String(), which error messages quote. */
interface Node {
    /** Byte offset in the template text. */
    int pos();

    record ListNode(int pos, List<Node> nodes) implements Node {
        @Override
        public String toString() {
            return nodes.stream().map(Node::toString).collect(Collectors.joining());
        }
    }

    record TextNode(int pos, String text) implements Node {
        @Override
        public String toString() {
            return GoQuote.quote(text);
        }
    }

    record ActionNode(int pos, int line, PipeNode pipe) implements Node {
        @Override
        public String toString() {
            return "{{" + pipe + "}}";
        }
    }

    record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
            implements Node {
        @Override
        public String toString() {
            String vars = decl.isEmpty() ? "" : decl.stream().map(Node::toString).collect(Collectors.joining(", "))
                    + (isAssign ? " = " : " := ");
            return vars + cmds.stream().map(Node::toString).collect(Collectors.joining(" | "));
        }
    }

    record CommandNode(int pos, List<Node> args) implements Node {
        @Override
        public String toString() {
            return args.stream().map(a -> a instanceof PipeNode ? "(" + a + ")" : a.toString())
                    .collect(Collectors.joining(" "));
        }
    }

    record FieldNode(int pos, List<String> ident) implements Node {
        @Override
        public String toString() {
            return ident.stream().map(i -> "." + i).collect(Collectors.joining());
        }
    }

    /** ident[0] is the variable ("$x", "$"), the rest fields after it. */
    record VariableNode(int pos, List<String> ident) implements Node {
        @Override
        public String toString() {
            return String.join(".", ident);
        }
    }

    record ChainNode(int pos, Node node, List<String> field) implements Node {
        @Override
        public String toString() {
            String base = node instanceof PipeNode ? "(" + node + ")" : node.toString();
            return base + field.stream().map(f -> "." + f).collect(Collectors.joining());
        }
    }

    record IdentifierNode(int pos, String name) implements Node {
        @Override
        public String toString() {
            return name;
        }
    }

    /** ., nil, true/false, a string (quoted as written) or a number (as written). */
    record LiteralNode(int pos, Item.Type type, String text, Object value) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** if, range or with: {@code type} is Item.Type.IF/RANGE/WITH; elseList may be null. */
    record BranchNode(int pos, int line, Item.Type type, PipeNode pipe, ListNode list, ListNode elseList)
            implements Node {
        @Override
        public String toString() {
            String name = type.name().toLowerCase(java.util.Locale.ROOT);
            return "{{" + name + " " + pipe + "}}" + list + (elseList == null ? "" : "{{else}}" + elseList)
                    + "{{end}}";
        }
    }

    /** {{end}}, {{else}}, {{break}}, {{continue}}: type END, ELSE, BREAK, CONTINUE. */
    record KeywordNode(int pos, int line, Item.Type type) implements Node {
        @Override
        public String toString() {
            return "{{" + type.name().toLowerCase(java.util.Locale.ROOT) + "}}";
        }
    }
}
