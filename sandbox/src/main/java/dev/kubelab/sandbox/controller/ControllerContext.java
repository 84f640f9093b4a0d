package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.store.ObjectStore;

/**
 * What every controller works with: the store, the sandbox's random source, events, the image catalog and the
 * containers' attached stdin (where kubectl reports that a learner left a container's shell).
 */
public record ControllerContext(ObjectStore store, Seed seed, EventRecorder events, ImageCatalog catalog,
                                ContainerStdin stdin) {
    public static ControllerContext of(ObjectStore store, Seed seed) {
        return new ControllerContext(store, seed, new EventRecorder(store, seed), ImageCatalog.standard(),
                new ContainerStdin());
    }
}
