package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** nc inside a container: present in the image, but not simulated yet (curl, wget, ping, DNS tools are). */
public final class NetworkingStub implements Builtin {
    /** The network tools a stub stands in for, when the image has them. */
    static final List<String> TOOLS = List.of("nc");

    private final String name;

    /** One stub per network tool the image ships. */
    public static List<Builtin> forImage(ImageShell image) {
        return TOOLS.stream().filter(image::has).map(t -> (Builtin) new NetworkingStub(t)).toList();
    }

    NetworkingStub(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(List<String> args, Streams io) {
        io.err().println(name + ": networking is not simulated yet in this lab");
        return 1;
    }
}
