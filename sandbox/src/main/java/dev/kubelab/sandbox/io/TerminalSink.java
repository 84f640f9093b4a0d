package dev.kubelab.sandbox.io;

import dev.kubelab.sandbox.Output;

/** Sends command text to the learner's terminal, which needs "\r\n" line ends. */
public final class TerminalSink implements TextSink {
    private final Output output;

    public TerminalSink(Output output) {
        this.output = output;
    }

    @Override
    public void print(String text) {
        if (!text.isEmpty()) {
            output.write(text.replace("\n", "\r\n"));
        }
    }
}
