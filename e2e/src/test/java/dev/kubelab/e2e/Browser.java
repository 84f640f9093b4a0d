package dev.kubelab.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Chromium for the browser tests. The executable comes from -Dkubelab.chromium (default
 * /usr/bin/chromium, Debian's); set it empty to use a browser Playwright downloaded itself.
 */
final class Browser {

    private Browser() {
    }

    static Playwright playwright() {
        Map<String, String> env = chromium().isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                // The machine's network is closed: keep Chromium from calling home at start.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
        chromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    private static java.util.Optional<Path> chromium() {
        String configured = System.getProperty("kubelab.chromium", "/usr/bin/chromium");
        if (configured.isBlank()) {
            return java.util.Optional.empty();
        }
        Path path = Path.of(configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No Chromium at " + path + ": install it (apt-get install chromium) or "
                    + "pass -Dkubelab.chromium=<path>, or -Dkubelab.chromium= to use Playwright's own browser");
        }
        return java.util.Optional.of(path);
    }
}
