package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageInfo;
import dev.kubelab.sandbox.shell.files.ProgramFolders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The distribution under an image's shell: Debian 12 (nginx, httpd), Alpine (alpine, curlimages/curl and
 * nicolaka/netshoot are built on it) or the bare busybox image, which has no /etc/os-release at all.
 */
public record ImageOs(Kind kind, String version) {
    public enum Kind { DEBIAN, ALPINE, BUSYBOX }

    /** The Alpine release curlimages/curl 8.13 and netshoot v0.13 are built on (a guess: alpine:3.21 of 2025). */
    private static final String ALPINE_BASE = "3.21.3";

    public static ImageOs of(String imageRef, ImageShell shell) {
        String repo = ImageCatalog.standard().lookup(imageRef).map(ImageInfo::repository).orElse("");
        if (shell.family() == ImageShell.Family.DEBIAN) {
            return new ImageOs(Kind.DEBIAN, "12");
        }
        if (repo.endsWith("/library/busybox")) {
            return new ImageOs(Kind.BUSYBOX, "");
        }
        return new ImageOs(Kind.ALPINE, repo.endsWith("/library/alpine")
                ? ImageCatalog.standard().version(imageRef) : ALPINE_BASE);
    }

    /** /etc/os-release as the distribution ships it; none in the busybox image. */
    public Optional<String> osRelease() {
        if (kind == Kind.DEBIAN) {
            return Optional.of("""
                    PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
                    NAME="Debian GNU/Linux"
                    VERSION_ID="12"
                    VERSION="12 (bookworm)"
                    VERSION_CODENAME=bookworm
                    ID=debian
                    HOME_URL="https://www.debian.org/"
                    SUPPORT_URL="https://www.debian.org/support"
                    BUG_REPORT_URL="https://bugs.debian.org/"
                    """);
        }
        if (kind == Kind.ALPINE) {
            String branch = version.replaceAll("^(\\d+\\.\\d+).*", "$1");
            return Optional.of("NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=" + version + "\n"
                    + "PRETTY_NAME=\"Alpine Linux v" + branch + "\"\nHOME_URL=\"https://alpinelinux.org/\"\n"
                    + "BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n");
        }
        return Optional.empty();
    }

    /**
     * The image's folders besides /, /dev, /etc, /root, /tmp and /var (Debian's bin, lib, lib64 and sbin are links
     * into /usr on a real system; here they are plain folders).
     */
    public List<String> folders() {
        if (kind == Kind.BUSYBOX) {
            return List.of("/bin", "/home", "/lib", "/lib64", "/proc", "/sys", "/usr", "/usr/sbin", "/var/spool",
                    "/var/www");
        }
        List<String> alpine = List.of("/bin", "/home", "/lib", "/media", "/mnt", "/opt", "/proc", "/run", "/sbin",
                "/srv", "/sys", "/usr", "/usr/local", "/usr/bin", "/usr/sbin", "/var/run");
        if (kind == Kind.ALPINE) {
            return alpine;
        }
        List<String> debian = new ArrayList<>(alpine);
        debian.addAll(List.of("/boot", "/lib64"));
        return debian;
    }

    /** The PATH folder a program of this image is found in, for which. */
    public UnaryOperator<String> programFolders() {
        if (kind == Kind.DEBIAN) {
            return ProgramFolders::ubuntu;
        }
        return kind == Kind.BUSYBOX ? ProgramFolders::busyboxImage : ProgramFolders::alpine;
    }
}
