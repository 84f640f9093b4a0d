package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Map;

/** ssh [user@]HOST [COMMAND…]: log in to another node (a new prompt), or run one command there. */
public final class SshBuiltin implements Builtin {
    /** What ssh needs from the shell. */
    public interface Remote {
        /** Node name → InternalIP of the nodes one can log in to. */
        Map<String, String> nodes();

        /** Switches the terminal to the host (a nested login). */
        int login(String host, Streams io);

        /** Runs one command line on the host, output to io. */
        int run(String host, String command, Streams io);
    }

    /** The letters of ssh's options that take a value (-p 22, -i key, -o Opt=…). */
    private static final String OPTIONS_WITH_VALUE = "BbcDEeFIiJLlmOoPpQRSWw";
    private final Remote remote;

    public SshBuiltin(Remote remote) {
        this.remote = remote;
    }

    @Override
    public String name() {
        return "ssh";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> operands = operands(args);
        if (operands.isEmpty()) {
            io.err().println("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]");
            io.err().println("           [-c cipher_spec] [-D [bind_address:]port] [-E log_file] [-e escape_char]");
            io.err().println("           [-F configfile] [-I pkcs11] [-i identity_file] [-J destination]");
            io.err().println("           [-L address] [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option]");
            io.err().println("           [-P tag] [-p port] [-Q query_option] [-R address] [-S ctl_path]");
            io.err().println("           [-W host:port] [-w local_tun[:remote_tun]] destination [command [argument ...]]");
            return 255;
        }
        String target = operands.get(0).substring(operands.get(0).indexOf('@') + 1);
        String host = resolve(target);
        if (host == null) {
            io.err().println("ssh: Could not resolve hostname " + target + ": Name or service not known");
            return 255;
        }
        if (operands.size() > 1) {
            return remote.run(host, String.join(" ", operands.subList(1, operands.size())), io);
        }
        return remote.login(host, io);
    }

    /** ssh's getopt: options stop at the destination; what follows it is the remote command, dashes and all. */
    private static List<String> operands(List<String> args) {
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1) {
            String option = args.get(i);
            boolean takesValue = OPTIONS_WITH_VALUE.indexOf(option.charAt(option.length() - 1)) >= 0;
            i += takesValue && option.length() == 2 ? 2 : 1;
        }
        return i >= args.size() ? List.of() : args.subList(i, args.size());
    }

    private String resolve(String target) {
        for (Map.Entry<String, String> node : remote.nodes().entrySet()) {
            if (node.getKey().equals(target) || node.getValue().equals(target)) {
                return node.getKey();
            }
        }
        return null;
    }
}
