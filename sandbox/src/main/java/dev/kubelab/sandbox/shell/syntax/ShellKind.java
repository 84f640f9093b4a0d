package dev.kubelab.sandbox.shell.syntax;

/**
 * Which shell reads and runs the lines: a node's login bash ($0 "-bash"), a container's bash, BusyBox's ash
 * (busybox, alpine, curl images) or Debian's dash (sh in nginx, httpd). They name themselves differently in
 * complaints ("-bash: cd: …", "sh: cd: …", dash's "sh: 1: cd: …") and word them differently.
 */
public enum ShellKind {
    LOGIN_BASH("-bash: "), BASH("bash: "), ASH("sh: "), DASH("sh: 1: ");

    private final String prefix;

    ShellKind(String prefix) {
        this.prefix = prefix;
    }

    /** What starts each of the shell's own complaints. */
    public String prefix() {
        return prefix;
    }

    public boolean isBash() {
        return this == LOGIN_BASH || this == BASH;
    }
}
