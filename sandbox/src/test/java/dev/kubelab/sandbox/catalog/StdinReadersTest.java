package dev.kubelab.sandbox.catalog;

import dev.kubelab.sandbox.api.Container;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A process that reads stdin waits on an open one (stdin: true) and ends at once without it. */
class StdinReadersTest {
    private final ImageCatalog catalog = ImageCatalog.standard();

    private static Container busybox(List<String> args, boolean stdin) {
        return new Container("c", "busybox", List.of()).withCommand(List.of(), args).withStdin(stdin, stdin, stdin);
    }

    @Test
    void aShellWithStdinRunsUntilItsSessionEndsAndIgnoresSigterm() {
        ContainerProcess p = catalog.process(busybox(List.of("sh"), true));
        assertTrue(p.forever());
        assertEquals(-1, p.stopSeconds());
    }

    @Test
    void theSameShellWithoutStdinEndsAtOnce() {
        ContainerProcess p = catalog.process(busybox(List.of("sh"), false));
        assertFalse(p.forever());
        assertEquals(0, p.runSeconds());
        assertEquals(0, p.exitCode());
    }

    @Test
    void theImageDefaultShellAndCatReadStdinButAScriptDoesNot() {
        assertTrue(catalog.process(busybox(List.of(), true)).forever(), "busybox's CMD is sh");
        assertTrue(catalog.process(busybox(List.of("cat"), true)).forever());
        assertTrue(catalog.process(busybox(List.of("/bin/sh", "-l"), true)).forever());
        assertFalse(catalog.process(busybox(List.of("sh", "-c", "exit 3"), true)).forever());
        assertEquals(3, catalog.process(busybox(List.of("sh", "-c", "exit 3"), true)).exitCode());
        assertFalse(catalog.process(busybox(List.of("cat", "/etc/hostname"), true)).forever());
        assertTrue(catalog.readsStdin(busybox(List.of("cat"), true)));
        assertFalse(catalog.readsStdin(busybox(List.of("cat"), false)), "no stdin: cat reads nothing and ends");
        assertFalse(catalog.readsStdin(busybox(List.of("sleep", "60"), true)));
    }

    @Test
    void entrypointScriptsExecTheShellTheyAreGiven() {
        Container curl = new Container("c", "curlimages/curl", List.of()).withCommand(List.of(), List.of("sh"))
                .withStdin(true, true, true);
        assertTrue(catalog.process(curl).forever());
        Container nginx = new Container("c", "nginx", List.of()).withStdin(true, true, true);
        assertEquals(80, catalog.process(nginx).servers().get(0).port(), "nginx's own process does not read stdin");
    }
}
