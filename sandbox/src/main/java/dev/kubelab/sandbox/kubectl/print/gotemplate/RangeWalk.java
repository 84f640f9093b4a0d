package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** exec.go walkRange: lists by index, maps in key order, an int n as 0…n-1; {{else}} when nothing was walked. */
final class RangeWalk {
    private final Exec s;
    private final Node.BranchNode r;

    RangeWalk(Exec s, Node.BranchNode r) {
        this.s = s;
        this.r = r;
    }

    void run(Object dot, boolean dotWrapped, Object value) {
        boolean walked = false;
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                walked = true;
                if (!once((long) i, list.get(i), true)) {
                    break;
                }
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : new TreeMap<Object, Object>((Map<?, ?>) value).entrySet()) {
                walked = true;
                if (!once(e.getKey(), e.getValue(), true)) {
                    break;
                }
            }
        } else if (value instanceof Long) {
            for (long i = 0; i < (Long) value; i++) {
                walked = true;
                if (!once(i, i, false)) {
                    break;
                }
            }
        } else if (value != Values.MISSING) {
            throw s.error("range can't iterate over " + GoFmt.sprint(List.of(value)));
        }
        if (!walked && r.elseList() != null) {
            s.walk(dot, dotWrapped, r.elseList());
        }
    }

    /** One iteration; false after {{break}}. */
    private boolean once(Object index, Object element, boolean wrapped) {
        int mark = s.mark();
        if (!r.pipe().decl().isEmpty()) {
            s.setTop(1, element);
        }
        if (r.pipe().decl().size() > 1) {
            s.setTop(2, index);
        }
        try {
            s.walk(element, wrapped, r.list());
        } catch (Exec.LoopControl c) {
            return !c.isBreak;
        } finally {
            s.pop(mark);
        }
        return true;
    }
}
