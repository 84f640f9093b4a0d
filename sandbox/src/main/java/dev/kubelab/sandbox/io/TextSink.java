package dev.kubelab.sandbox.io;

/** Where a command writes text; lines end with "\n" (the terminal sink turns them into "\r\n"). */
@FunctionalInterface
public interface TextSink {
    void print(String text);

    default void println(String line) {
        print(line + "\n");
    }
}
