package app.tether.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian Chromium every journey drives, headless. Without it a journey is skipped, unless
 * TETHER_REQUIRE_BROWSER=1 (CI) makes that a failure. Public for the benchmarks.
 */
public final class Chromium implements AutoCloseable {

    final Playwright playwright;
    public final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("TETHER_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if ("1".equals(System.getenv("TETHER_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("No Chromium at " + chromium + " (TETHER_REQUIRE_BROWSER=1)");
            }
            Assumptions.abort("No Chromium at " + chromium);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    @Override
    public void close() {
        playwright.close();
    }
}
