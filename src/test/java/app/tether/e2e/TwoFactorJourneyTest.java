package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.security.TwoFactorService;
import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.TOTPGenerator;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A therapist who must use two-factor sign-in sets it up in Chromium from the key shown next to
 * the QR code, keeps the recovery codes, signs out and back in with a new code. Screenshots of
 * both pages go to /tmp/shots-totp (or TETHER_SHOTS_DIR).
 */
@IntegrationTest
class TwoFactorJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired AccountProvisioning provisioning;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired TwoFactorService twoFactor;

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

    static String appCode(String secret, Instant at) {
        return new TOTPGenerator.Builder(secret)
                .withHOTPGenerator(b -> b.withPasswordLength(6).withAlgorithm(HMACAlgorithm.SHA1))
                .withPeriod(Duration.ofSeconds(30)).build().at(at);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void password(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(TestData.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void shoot(Page page, String name) {
        Path dir = Path.of(System.getenv().getOrDefault("TETHER_SHOTS_DIR", "/tmp/shots-totp"));
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, width == 375 ? 1300 : 1000);
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + width + ".png")).setFullPage(true));
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void therapist_sets_up_two_factor_then_signs_in_with_a_code() {
        var therapist = new TestData(provisioning, cases).person(app.tether.security.Role.THERAPIST, "Noor Haddad");
        new TestUsers(userDetails).run("admin", () -> twoFactor.setRequired(therapist.id(), true));

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<String> csp = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                csp.add(m.text());
            }
        });
        try {
            password(page, therapist.username());
            page.waitForURL(u -> u.matches(".*/two-factor/setup(\\?.*)?$"));
            assertThat(page.locator("#totp-qr")).isVisible();
            assertThat(page.locator("#totp-qr")).hasAttribute("alt", java.util.regex.Pattern.compile("QR code"));
            // The staff pages stay shut meanwhile.
            String sessionBefore = sessionId(context);
            page.navigate(url("/caseload"));
            page.waitForURL(u -> u.matches(".*/two-factor/setup(\\?.*)?$"));
            shoot(page, "setup");
            String secret = page.locator("#totp-secret").innerText().replace(" ", "").trim();
            assertThat(secret).matches("[A-Z2-7]{32}");
            page.locator("#two-factor-code input").fill(appCode(secret, Instant.now()));
            page.locator("#two-factor-confirm").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            shoot(page, "recovery");
            assertThat(sessionId(context)).as("session id rotated after the second step").isNotEqualTo(sessionBefore);
            page.locator("#two-factor-continue").click();
            page.waitForURL(u -> u.matches(".*/caseload(\\?.*)?$"));
            page.locator("#sign-out").click();
            page.waitForURL(u -> u.contains("/login"));

            password(page, therapist.username());
            // Spring Security's request cache may add "?continue".
            page.waitForURL(u -> u.matches(".*/two-factor(\\?.*)?$"));
            shoot(page, "code");
            // The enrolment used this step's code; the app's next one is still within tolerance.
            page.locator("#two-factor-code input").fill(appCode(secret, Instant.now().plusSeconds(30)));
            page.locator("#two-factor-verify").click();
            page.waitForURL(u -> u.matches(".*/caseload(\\?.*)?$"));
            assertThat(page.locator("h2, h1").first()).isVisible();
            assertThat(page.locator("body")).containsText("My caseload");
        } finally {
            context.close();
        }
        assertThat(csp).as("CSP violations").isEmpty();
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
