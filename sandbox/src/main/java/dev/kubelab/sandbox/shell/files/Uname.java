package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.Options;

import java.util.List;
import java.util.function.Supplier;

/**
 * uname [-asnrvmpio]: the node's kernel (a container shares it, so pods print the same release and build). Fields
 * come in a fixed order whatever the flags' order; -a leaves out -p and -i where they are "unknown". Ubuntu patches
 * coreutils to report x86_64 for them; Debian's coreutils and BusyBox say unknown. BusyBox calls the OS
 * "GNU/Linux", Alpine's build "Linux".
 */
public final class Uname implements Builtin {
    private final Supplier<String> hostname;
    private final String processor;
    private final String os;
    private final boolean busybox;

    private Uname(Supplier<String> hostname, String processor, String os, boolean busybox) {
        this.hostname = hostname;
        this.processor = processor;
        this.os = os;
        this.busybox = busybox;
    }

    public static Uname ubuntu(Supplier<String> hostname) {
        return new Uname(hostname, "x86_64", "GNU/Linux", false);
    }

    public static Uname debian(Supplier<String> hostname) {
        return new Uname(hostname, "unknown", "GNU/Linux", false);
    }

    public static Uname busybox(Supplier<String> hostname, boolean alpine) {
        return new Uname(hostname, "unknown", alpine ? "Linux" : "GNU/Linux", true);
    }

    @Override
    public String name() {
        return "uname";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("uname", args, "asnrvmpio", "");
        if (o.error == null && !o.operands.isEmpty()) {
            o.error = "uname: extra operand ‘" + o.operands.get(0) + "’";
        }
        if (o.error != null) {
            io.err().println(o.error);
            if (!busybox) {
                io.err().println("Try 'uname --help' for more information.");
            }
            return 1;
        }
        String[] fields = {"Linux", hostname.get(), ClusterFacts.KERNEL, ClusterFacts.KERNEL_BUILD, "x86_64",
            processor, processor, os};
        String letters = "snrvmpio";
        boolean all = o.has('a');
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            boolean asked = o.has(letters.charAt(i)) || (o.flags.length() == 0 && i == 0);
            boolean shown = asked || (all && !fields[i].equals("unknown"));
            if (shown) {
                line.append(line.length() > 0 ? " " : "").append(fields[i]);
            }
        }
        io.out().println(line.toString());
        return 0;
    }
}
