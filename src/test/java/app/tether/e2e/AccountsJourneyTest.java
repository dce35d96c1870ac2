package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accounts screen in Chromium: the Copy button really puts the one-time password on the
 * clipboard, and the welcome letter downloads as a PDF. Skipped without a Chromium, as
 * BrowserJourneyTest. With TETHER_SHOTS=dir it also leaves screenshots there (desktop and 375 px).
 */
@IntegrationTest
class AccountsJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin("http://localhost:" + port));
        context.setDefaultTimeout(30_000);
        // The search waits for a pause in typing, then a round trip: slow on a busy machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void shot(String name) {
        String dir = System.getenv("TETHER_SHOTS");
        if (dir != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    @Test
    void admin_creates_an_account_copies_the_password_and_prints_the_letter() throws Exception {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("tether-demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate("http://localhost:" + port + "/admin/accounts");
        assertThat(page.locator("#new-role")).isVisible();
        shot("accounts-desktop");

        String username = "journey." + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#new-username input").fill(username);
        page.locator("#new-display-name input").fill("Journey Person");
        page.locator("#new-role").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Client")).click();
        page.getByText("Create account").click();
        assertThat(page.locator("#temporary-password")).isVisible();
        String password = page.locator("#temporary-password").textContent();

        page.locator("#copy-password").click();
        assertThat(page.locator("#password-copied")).hasText("Copied");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(password);
        shot("accounts-password-desktop");

        Download download = page.waitForDownload(() -> page.locator("#welcome-letter").click());
        assertThat(download.suggestedFilename()).isEqualTo("welcome-" + username + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Done"))
                .click();
        // The role does not carry over to the next account.
        assertThat(page.locator("#new-role")).not().hasAttribute("has-value", "");

        page.setViewportSize(375, 800);
        page.navigate("http://localhost:" + port + "/admin/accounts");
        assertThat(page.locator("vaadin-grid")).containsText("Practice Admin");
        page.waitForTimeout(500);
        shot("accounts-phone");
        page.locator("#account-search input").fill(username);
        // The grid's item count, not its text: cells of rows filtered away may linger in the DOM.
        page.waitForFunction("document.querySelector('vaadin-grid').size === 1", null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertThat(page.locator("vaadin-grid")).containsText("Journey Person");
        shot("accounts-search-phone");
        // A reset shows the same password dialog; on a phone too.
        page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("Reset password")).first().click();
        page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#copy-password")).isVisible();
        page.waitForTimeout(600);
        shot("accounts-password-phone");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Done")).click();
        assertThat(page.locator("#copy-password")).not().isVisible();
        page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText("Edit")).first().click();
        assertThat(page.locator("#edit-display-name")).isVisible();
        page.waitForTimeout(600); // the dialog's opening animation
        shot("accounts-edit-phone");
        page.setViewportSize(1280, 900);
        page.waitForTimeout(300);
        shot("accounts-edit-desktop");
    }
}
