package dev.kubelab.sandbox.shell.net.proxy;

import java.util.List;

/**
 * The iptables command line, as far as the lab needs it: -t TABLE, one command (-L/-S [CHAIN], or a
 * rule-changing one such as -A), -n -v -x --line-numbers, clustered short flags (-nvL). error holds the
 * message iptables would print (exit 2) when the line does not parse.
 */
final class IptablesArgs {
    static final String CHANGING = "AIDRNXFZPE";

    String table = "filter";
    char command;
    String chain;
    boolean numeric;
    boolean verbose;
    boolean lineNumbers;
    boolean version;
    boolean help;
    String error;

    static IptablesArgs parse(List<String> args) {
        IptablesArgs a = new IptablesArgs();
        for (int i = 0; i < args.size() && a.error == null; i++) {
            String arg = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            boolean nextIsValue = next != null && !next.startsWith("-");
            switch (arg) {
                case "--table": case "-t":
                    if (next == null) {
                        a.error = "option \"" + arg + "\" requires an argument";
                    } else {
                        a.table = next;
                        i++;
                    }
                    continue;
                case "--list": a.setCommand('L'); break;
                case "--list-rules": a.setCommand('S'); break;
                case "--numeric": a.numeric = true; continue;
                case "--verbose": a.verbose = true; continue;
                case "--line-numbers": a.lineNumbers = true; continue;
                case "--exact": case "--wait": continue;
                case "--version": a.version = true; continue;
                case "--help": a.help = true; continue;
                default:
                    if (arg.startsWith("--") || !arg.startsWith("-") || arg.length() < 2) {
                        a.error = arg.startsWith("-") ? "unknown option \"" + arg + "\""
                                : "Bad argument `" + arg + "'";
                        continue;
                    }
                    if (!a.shortFlags(arg.substring(1))) {
                        continue;
                    }
            }
            if (CHANGING.indexOf(a.command) >= 0) {
                break; // the rest is a rule specification; changing rules is refused anyway
            }
            if ((a.command == 'L' || a.command == 'S') && a.chain == null && nextIsValue) {
                a.chain = next;
                i++;
            }
        }
        return a;
    }

    /** -nvL style clusters; returns whether the cluster ended with a command (which may take a chain). */
    private boolean shortFlags(String flags) {
        boolean commandLast = false;
        for (char c : flags.toCharArray()) {
            commandLast = false;
            if (c == 'n') {
                numeric = true;
            } else if (c == 'v') {
                verbose = true;
            } else if (c == 'x' || c == 'w') {
                continue;
            } else if (c == 'V') {
                version = true;
            } else if (c == 'h') {
                help = true;
            } else if (c == 'L' || c == 'S' || CHANGING.indexOf(c) >= 0) {
                setCommand(c);
                commandLast = true;
            } else {
                error = "unknown option \"-" + c + "\"";
                return false;
            }
        }
        return commandLast;
    }

    private void setCommand(char c) {
        if (command != 0 && command != c) {
            error = "Can't use -" + c + " with -" + command;
        }
        command = c;
    }
}
