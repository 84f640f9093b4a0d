package dev.kubelab.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Keeps a screenshot of the page under target/e2e-failures/ when a browser test fails. */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    private final Supplier<Page> page;

    ScreenshotOnFailure(Supplier<Page> page) {
        this.page = page;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Page current = page.get();
        if (context.getExecutionException().isEmpty() || current == null || current.isClosed()) {
            return;
        }
        Path file = Path.of("target", "e2e-failures",
                context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
        current.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        System.err.println("Screenshot of the failed page: " + file.toAbsolutePath());
    }
}
