package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.builtin.SshBuiltin;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;

import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** What ssh may do: list nodes, log in to one (a nested login on the chain), run a command on one. */
final class SshRemote implements SshBuiltin.Remote {
    private final Supplier<Map<String, String>> nodes;
    private final Deque<Host> logins;
    private final Function<String, Host> hosts;

    SshRemote(Supplier<Map<String, String>> nodes, Deque<Host> logins, Function<String, Host> hosts) {
        this.nodes = nodes;
        this.logins = logins;
        this.hosts = hosts;
    }

    @Override
    public Map<String, String> nodes() {
        return nodes.get();
    }

    @Override
    public int login(String name, Streams io) {
        logins.push(hosts.apply(name));
        return 0;
    }

    @Override
    public int run(String name, String command, Streams io) {
        Parsed parsed = Parser.parse(command);
        if (!(parsed instanceof Parsed.Complete complete)) {
            io.err().println(parsed instanceof Parsed.SyntaxError e ? e.message().replace("-bash", "bash")
                    : "bash: -c: line 1: syntax error: unexpected end of file");
            return parsed instanceof Parsed.SyntaxError ? 2 : 1;
        }
        return hosts.apply(name).runner.run(complete.script(), io);
    }
}
