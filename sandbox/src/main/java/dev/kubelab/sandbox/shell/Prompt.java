package dev.kubelab.sandbox.shell;

/** bash's PS1 on the lab hosts: "host:dir$ " with the home directory shown as ~. */
public record Prompt(String host, String directory) {
    public String text() {
        return host + ":" + directory + "$ ";
    }
}
