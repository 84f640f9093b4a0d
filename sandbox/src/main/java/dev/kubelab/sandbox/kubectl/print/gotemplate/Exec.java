package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** exec.go's state: walks the tree over the data, with the variable stack and the node errors point at. */
final class Exec {
    private final String text;
    private final String name;
    private final StringBuilder out = new StringBuilder();
    private final List<String> varNames = new ArrayList<>();
    private final List<Object> varValues = new ArrayList<>();
    private final Evaluator eval = new Evaluator(this);
    private Node node;

    Exec(String text, String name) {
        this.text = text;
        this.name = name;
    }

    String run(Node.ListNode root, Object data) {
        push("$", data);
        walk(data, false, root);
        return out.toString();
    }

    /** dotWrapped: dot is an element of a list (an interface{} value), which error messages show. */
    void walk(Object dot, boolean dotWrapped, Node n) {
        at(n);
        if (n instanceof Node.ListNode) {
            for (Node child : ((Node.ListNode) n).nodes()) {
                walk(dot, dotWrapped, child);
            }
        } else if (n instanceof Node.TextNode) {
            out.append(((Node.TextNode) n).text());
        } else if (n instanceof Node.ActionNode) {
            Node.PipeNode pipe = ((Node.ActionNode) n).pipe();
            Object value = eval.pipeline(dot, dotWrapped, pipe);
            if (pipe.decl().isEmpty()) {
                at(n);
                out.append(value == Values.MISSING ? "<no value>" : GoFmt.sprint(List.of(value)));
            }
        } else if (n instanceof Node.BranchNode) {
            branch(dot, dotWrapped, (Node.BranchNode) n);
        } else if (n instanceof Node.KeywordNode) {
            throw new LoopControl(((Node.KeywordNode) n).type() == Item.Type.BREAK);
        }
    }

    private void branch(Object dot, boolean dotWrapped, Node.BranchNode b) {
        int mark = varNames.size();
        Object value = eval.pipeline(dot, dotWrapped, b.pipe());
        if (b.type() == Item.Type.RANGE) {
            new RangeWalk(this, b).run(dot, dotWrapped, value);
        } else if (Values.truth(value)) {
            walk(b.type() == Item.Type.WITH ? value : dot, b.type() != Item.Type.WITH && dotWrapped, b.list());
        } else if (b.elseList() != null) {
            walk(dot, dotWrapped, b.elseList());
        }
        pop(mark);
    }

    /** {{break}} and {{continue}} unwind to their range. */
    static final class LoopControl extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean isBreak;

        LoopControl(boolean isBreak) {
            super(null, null, false, false);
            this.isBreak = isBreak;
        }
    }

    void at(Node n) {
        node = n;
    }

    int mark() {
        return varNames.size();
    }

    void push(String var, Object value) {
        varNames.add(var);
        varValues.add(value);
    }

    void pop(int mark) {
        while (varNames.size() > mark) {
            varNames.remove(varNames.size() - 1);
            varValues.remove(varValues.size() - 1);
        }
    }

    /** setTopVar(n): the n-th variable from the top. */
    void setTop(int n, Object value) {
        varValues.set(varValues.size() - n, value);
    }

    void set(String var, Object value) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(var)) {
                varValues.set(i, value);
                return;
            }
        }
        throw error("undefined variable: " + var);
    }

    Object value(String var) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(var)) {
                return varValues.get(i);
            }
        }
        throw error("undefined variable: " + var);
    }

    /** s.errorf: "template: output:LINE:COL: executing "output" at &lt;NODE&gt;: message". */
    TemplateException error(String message) {
        if (node == null) {
            return new TemplateException("template: " + name + ": " + message);
        }
        int pos = node.pos();
        String before = text.substring(0, Math.min(pos, text.length()));
        int newline = before.lastIndexOf('\n');
        int column = newline < 0 ? pos : pos - newline - 1;
        long line = 1 + before.chars().filter(c -> c == '\n').count();
        return new TemplateException("template: " + name + ":" + line + ":" + column + ": executing \"" + name
                + "\" at <" + node + ">: " + message);
    }

    /** What was written before an error stopped the run. */
    String partial() {
        return out.toString();
    }
}
