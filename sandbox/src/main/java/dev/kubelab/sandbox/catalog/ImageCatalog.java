package dev.kubelab.sandbox.catalog;

import dev.kubelab.sandbox.api.Container;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The images the simulated cluster can pull and what they do once running. Immutable and shared by every
 * sandbox (loaded once), so it costs sandboxes no memory.
 */
public final class ImageCatalog {
    private static final ImageCatalog STANDARD = new ImageCatalog(CatalogLoader.load(
            ImageCatalog.class.getResourceAsStream("/dev/kubelab/sandbox/catalog/images.yaml")));

    private final Map<String, ImageInfo> byRepository = new HashMap<>();

    ImageCatalog(List<ImageInfo> images) {
        for (ImageInfo i : images) {
            byRepository.put(i.repository(), i);
            for (String alias : i.aliases()) {
                byRepository.put(ImageRef.parse(alias).repository(), i);
            }
        }
    }

    public static ImageCatalog standard() {
        return STANDARD;
    }

    /** The entry for an image's repository, whatever the tag (empty for unknown repositories such as "ngnix"). */
    public Optional<ImageInfo> lookup(String image) {
        return Optional.ofNullable(byRepository.get(ImageRef.parse(image).repository()));
    }

    /** Whether a pull would succeed: known repository and known tag (any digest of a known repository). */
    public boolean pullable(String image) {
        ImageRef ref = ImageRef.parse(image);
        ImageInfo info = byRepository.get(ref.repository());
        return info != null && (ref.digest() != null || info.hasTag(ref.tag()));
    }

    /** The version string an image reports (Server headers), e.g. "1.27.5" for nginx:1.27. */
    public String version(String image) {
        ImageRef ref = ImageRef.parse(image);
        ImageInfo info = byRepository.get(ref.repository());
        if (info == null) {
            return "";
        }
        String v = info.tags().get(ref.tag() == null ? "latest" : ref.tag());
        return v != null ? v : info.tags().getOrDefault("latest", "");
    }

    /** What the container runs, from its command/args and the image defaults. */
    public ContainerProcess process(Container container) {
        return ProcessModel.of(lookup(container.image()).orElse(null), container, version(container.image()));
    }

    /** Whether the container's process waits on an open stdin (stdin: true, and a shell or cat): {@link StdinReaders}. */
    public boolean readsStdin(Container container) {
        return container.stdin() && lookup(container.image()).map(i -> StdinReaders.reads(i, container)).orElse(false);
    }

    /** Port → what listens there, for this container (empty when nothing listens). */
    public Map<Integer, Server> serverFor(Container container) {
        Map<Integer, Server> out = new java.util.TreeMap<>();
        for (Server s : process(container).servers()) {
            out.putIfAbsent(s.port(), s);
        }
        return out;
    }
}
