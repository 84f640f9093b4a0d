package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.Options;
import dev.kubelab.sandbox.shell.text.Userland;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/**
 * BusyBox's hostname in a pod: the pod's name (also for -s and -f: /etc/hosts maps the name to itself), -d an
 * empty domain, -i the addresses /etc/hosts gives the name (each followed by a space); setting a name fails as
 * an unprivileged container's sethostname(2) does.
 */
public final class BusyboxHostname implements Builtin {
    private final String hostname;
    private final Userland userland;
    private final FileSystem files;

    public BusyboxHostname(String hostname, Userland userland, FileSystem files) {
        this.hostname = hostname;
        this.userland = userland;
        this.files = files;
    }

    @Override
    public String name() {
        return "hostname";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("hostname", args, "dfis", "F");
        if (o.error != null) {
            return userland.rejectOption("hostname", o.error, io);
        }
        if (!o.operands.isEmpty() || o.values.containsKey('F')) {
            io.err().println("hostname: sethostname: Operation not permitted");
            return 1;
        }
        io.out().println(o.has('i') ? addresses() : o.has('d') ? "" : hostname);
        return 0;
    }

    private String addresses() {
        StringBuilder out = new StringBuilder();
        for (String line : files.read("/etc/hosts").orElse("").split("\n")) {
            List<String> fields = List.of(line.replaceFirst("#.*", "").trim().split("\\s+"));
            if (fields.size() > 1 && fields.subList(1, fields.size()).contains(hostname)) {
                out.append(fields.get(0)).append(' ');
            }
        }
        return out.toString();
    }
}
