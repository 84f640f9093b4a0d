package dev.kubelab.terminal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kubelab.terminal")
public interface TerminalConfig {
    /** Largest client message accepted; bigger ones get an error and are dropped. */
    @WithDefault("16384")
    int maxMessageBytes();

    /** Longest command line accepted (characters). */
    @WithDefault("4096")
    int maxLineLength();

    /** Sandboxes held in memory at once; beyond this new labs are refused with a clear reason. */
    @WithDefault("2000")
    int maxSandboxes();

    /** Terminal text kept per sandbox so that a reload shows the previous screen. */
    @WithDefault("65536")
    int transcriptChars();

    /** How often an open lab lets its cluster catch up with the clock and pushes panel changes. */
    @WithDefault("1s")
    Duration tick();
}
