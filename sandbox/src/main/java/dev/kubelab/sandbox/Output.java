package dev.kubelab.sandbox;

/** Where a command writes terminal text ("\r\n" line ends, ANSI where bash/kubectl would use it). */
@FunctionalInterface
public interface Output {
    void write(String terminalText);
}
