package org.directivegraph.browser;

import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One {@link Browser} for a test class: started before its first test, closed after its last, with a screenshot
 * and the page source of every failed test kept as {@code target/screenshots/{TestClass}-FAILED-{test}.png/.html}.
 * Register it as {@code @RegisterExtension static final BrowserExtension BROWSER = new BrowserExtension();}.
 *
 * <p>The tests fail, with the command that installs the browser, when Chromium or chromedriver is missing; a
 * developer without them can skip them with {@code -Dbrowser.skip=true} (CI never does).
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private Browser browser;

    /** The browser of the running test class. */
    public Browser get() {
        if (browser == null) {
            throw new IllegalStateException("no browser: register BrowserExtension as a static field");
        }
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "browser tests skipped (-Dbrowser.skip=true)");
        browser = Browser.start(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            try {
                browser.close();
            } finally {
                browser = null;
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestMethod().getName();
        try {
            browser.screenshot(name);
            browser.saveSource(name);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        // nothing to keep
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        // the test takes its own screenshots
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        // nothing to keep
    }
}
