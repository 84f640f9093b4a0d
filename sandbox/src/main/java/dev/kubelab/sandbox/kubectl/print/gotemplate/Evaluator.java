package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.Map;

/** exec.go evalPipeline, evalCommand and the field, chain and variable lookups. */
final class Evaluator {
    private final Exec s;

    Evaluator(Exec s) {
        this.s = s;
    }

    Object pipeline(Object dot, boolean dotWrapped, Node.PipeNode pipe) {
        s.at(pipe);
        Object value = Values.NO_FINAL;
        for (Node.CommandNode cmd : pipe.cmds()) {
            value = Values.unwrap(command(dot, dotWrapped, cmd, value));
        }
        for (Node.VariableNode v : pipe.decl()) {
            if (pipe.isAssign()) {
                s.set(v.ident().get(0), value);
            } else {
                s.push(v.ident().get(0), value);
            }
        }
        return value;
    }

    private Object command(Object dot, boolean dotWrapped, Node.CommandNode cmd, Object fin) {
        Node first = cmd.args().get(0);
        List<Node> args = cmd.args();
        if (first instanceof Node.FieldNode) {
            s.at(first);
            return chain(dot, dotWrapped, first, ((Node.FieldNode) first).ident(), args, fin);
        }
        if (first instanceof Node.ChainNode) {
            Node.ChainNode c = (Node.ChainNode) first;
            s.at(c);
            return chain(arg(dot, dotWrapped, c.node()), false, c, c.field(), args, fin);
        }
        if (first instanceof Node.IdentifierNode) {
            s.at(first);
            return Functions.call(this, dot, dotWrapped, ((Node.IdentifierNode) first).name(), cmd,
                    args.subList(1, args.size()), fin);
        }
        if (first instanceof Node.VariableNode) {
            return variable(dot, (Node.VariableNode) first, args, fin);
        }
        if (first instanceof Node.PipeNode) {
            notAFunction(args, fin);
            return pipeline(dot, dotWrapped, (Node.PipeNode) first);
        }
        s.at(first);
        notAFunction(args, fin);
        Node.LiteralNode literal = (Node.LiteralNode) first;
        if (literal.type() == Item.Type.DOT) {
            return dot;
        }
        if (literal.type() == Item.Type.NIL) {
            throw s.error("nil is not a command");
        }
        return literal.value();
    }

    private Object variable(Object dot, Node.VariableNode v, List<Node> args, Object fin) {
        s.at(v);
        Object value = s.value(v.ident().get(0));
        if (v.ident().size() == 1) {
            notAFunction(args, fin);
            return value;
        }
        return chain(value, false, v, v.ident().subList(1, v.ident().size()), args, fin);
    }

    /** evalFieldChain: receiver.a.b…; only the last field may take arguments. */
    private Object chain(Object receiver, boolean wrapped, Node node, List<String> ident, List<Node> args,
                         Object fin) {
        Object value = receiver;
        boolean isWrapped = wrapped;
        for (int i = 0; i < ident.size(); i++) {
            boolean last = i == ident.size() - 1;
            value = field(ident.get(i), last ? args : null, last ? fin : Values.NO_FINAL, value, isWrapped);
            isWrapped = true;
        }
        return value;
    }

    private Object field(String name, List<Node> args, Object fin, Object receiver, boolean wrapped) {
        if (receiver == Values.MISSING) {
            return Values.MISSING;
        }
        String type = wrapped ? "interface {}" : Values.typeName(receiver);
        if (receiver == null) {
            throw s.error("nil pointer evaluating " + type + "." + name);
        }
        if (receiver instanceof Map) {
            if (args != null && args.size() > 1 || fin != Values.NO_FINAL) {
                throw s.error(name + " is not a method but has arguments");
            }
            Map<?, ?> map = (Map<?, ?>) receiver;
            return map.containsKey(name) ? map.get(name) : Values.MISSING;
        }
        throw s.error("can't evaluate field " + name + " in type " + type);
    }

    private void notAFunction(List<Node> args, Object fin) {
        if (args.size() > 1 || fin != Values.NO_FINAL) {
            throw s.error("can't give argument to non-function " + args.get(0));
        }
    }

    /** evalArg for an interface{} or reflect.Value parameter: the argument's value (MISSING stays missing). */
    Object arg(Object dot, boolean dotWrapped, Node n) {
        s.at(n);
        if (n instanceof Node.FieldNode) {
            return chain(dot, dotWrapped, n, ((Node.FieldNode) n).ident(), List.of(n), Values.NO_FINAL);
        }
        if (n instanceof Node.VariableNode) {
            return variable(dot, (Node.VariableNode) n, List.of(n), Values.NO_FINAL);
        }
        if (n instanceof Node.PipeNode) {
            return pipeline(dot, dotWrapped, (Node.PipeNode) n);
        }
        if (n instanceof Node.IdentifierNode) {
            return Functions.call(this, dot, dotWrapped, ((Node.IdentifierNode) n).name(), n, List.of(),
                    Values.NO_FINAL);
        }
        if (n instanceof Node.ChainNode) {
            Node.ChainNode c = (Node.ChainNode) n;
            return chain(arg(dot, dotWrapped, c.node()), false, c, c.field(), List.of(n), Values.NO_FINAL);
        }
        Node.LiteralNode literal = (Node.LiteralNode) n;
        return literal.type() == Item.Type.DOT ? dot : literal.value();
    }

    /** evalArg for a string parameter (printf's format, base64decode). */
    String stringArg(Object dot, boolean dotWrapped, Node n) {
        if (n instanceof Node.LiteralNode && ((Node.LiteralNode) n).type() != Item.Type.DOT
                && ((Node.LiteralNode) n).type() != Item.Type.STRING) {
            s.at(n);
            throw s.error("expected string; found " + n);
        }
        Object v = arg(dot, dotWrapped, n);
        return string(v);
    }

    /** validateType(v, string). */
    String string(Object v) {
        if (v == Values.MISSING) {
            throw s.error("invalid value; expected string");
        }
        if (!(v instanceof String)) {
            throw s.error("wrong type for value; expected string; got " + Values.typeName(v));
        }
        return (String) v;
    }

    Exec state() {
        return s;
    }
}
