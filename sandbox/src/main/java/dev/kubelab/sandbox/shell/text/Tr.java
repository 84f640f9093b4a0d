package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** tr SET1 SET2, tr -d SET, tr -s SET: ranges (a-z) and the classes [:lower:] [:upper:] [:space:] [:digit:]. */
public final class Tr implements Builtin {
    private final Userland userland;

    public Tr(Userland userland) {
        this.userland = userland;
    }

    @Override
    public String name() {
        return "tr";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("tr", args, "dsc", "");
        if (userland != Userland.GNU && (o.error != null || o.operands.isEmpty())) {
            return o.error != null ? userland.rejectOption("tr", o.error, io) : BusyboxApplet.showUsage("tr", io);
        }
        int needed = o.has('d') && !o.has('s') ? 1 : 2;
        if (o.error == null && o.operands.size() < needed && !(o.has('s') && o.operands.size() == 1)) {
            o.error = o.operands.isEmpty() ? "tr: missing operand" : "tr: missing operand after ‘" + o.operands.get(0) + "’";
        }
        if (o.error != null) {
            io.err().println(o.error);
            io.err().println("Try 'tr --help' for more information.");
            return 1;
        }
        String from = expand(o.operands.get(0));
        String to = o.operands.size() > 1 ? expand(o.operands.get(1)) : "";
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : io.in().toCharArray()) {
            int at = from.indexOf(c);
            if (o.has('d') && at >= 0) {
                continue;
            }
            char mapped = !o.has('d') && at >= 0 && !to.isEmpty() ? to.charAt(Math.min(at, to.length() - 1)) : c;
            String squeezeSet = o.has('d') || to.isEmpty() ? from : to;
            if (o.has('s') && out.length() > 0 && mapped == previous && squeezeSet.indexOf(mapped) >= 0) {
                continue;
            }
            out.append(mapped);
            previous = mapped;
        }
        io.out().print(out.toString());
        return 0;
    }

    static String expand(String set) {
        String s = set.replace("[:lower:]", "a-z").replace("[:upper:]", "A-Z").replace("[:digit:]", "0-9")
                .replace("[:space:]", " \t\n\r").replace("\\n", "\n").replace("\\t", "\t");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i + 2 < s.length() && s.charAt(i + 1) == '-' && s.charAt(i) <= s.charAt(i + 2)) {
                for (char c = s.charAt(i); c <= s.charAt(i + 2); c++) {
                    out.append(c);
                }
                i += 2;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
