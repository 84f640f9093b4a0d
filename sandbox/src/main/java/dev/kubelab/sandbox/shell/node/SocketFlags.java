package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.io.Streams;

import java.util.List;

/** The clustered one-letter flags ss and netstat are typed with (-tlnp); the first letter they do not know. */
final class SocketFlags {
    private SocketFlags() {
    }

    /** All letters given, or null after printing getopt's complaint about the first unknown one. */
    static String parse(String program, List<String> args, String known, Streams io) {
        StringBuilder flags = new StringBuilder();
        for (String a : args) {
            if (!a.startsWith("-") || a.length() < 2) {
                // ss's filter expressions (dport = :80 …) are not modelled
                io.err().println(program + (program.equals("ss") ? ": bad filter: " + a : ": invalid argument " + a));
                return null;
            }
            for (char c : a.substring(1).toCharArray()) {
                if (known.indexOf(c) < 0) {
                    io.err().println(program + ": invalid option -- '" + c + "'");
                    return null;
                }
                flags.append(c);
            }
        }
        return flags.toString();
    }
}
