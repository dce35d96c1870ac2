package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseloadService;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A browser set to zh-CN: Tether signs in, logs a moment and writes its dates in Chinese (decision 024). */
@IntegrationTest
class ChineseJourneyTest {

    static Chromium chromium;
    @LocalServerPort int port;
    @Autowired CaseloadService caseload;
    @Autowired ExceptionLogService log;
    @Autowired UserDetailsService userDetails;
    final String marker = "中文旅程 " + UUID.randomUUID();
    BrowserContext context;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void cleanUp() {
        if (context != null) {
            context.close();
        }
        // The demo practice is shared by every test: take the moment back.
        new TestUsers(userDetails).run("chen.jing", () -> {
            long caseId = caseload.myCases().getFirst().caseId();
            log.myEntries(caseId).stream().filter(e -> marker.equals(e.context())).map(EntryView::id)
                    .forEach(log::delete);
        });
    }

    @Test
    void a_client_with_a_chinese_browser_logs_a_moment_and_reads_chinese_dates() {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(375, 800));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        assertThat(page.locator("vaadin-login-form")).containsText("登录");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        page.locator("input[name=username]").fill("chen.jing");
        page.locator("input[name=password]").fill("tether-demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));

        page.navigate("http://localhost:" + port + "/my-exceptions");
        assertThat(page.locator("h2").first()).hasText("我的好一点的时刻");
        page.locator("#entry-context textarea").fill(marker);
        page.locator("#entry-behaviour textarea").fill("我先问了一句，而不是去猜。");
        page.locator("#entry-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("已保存");
        assertThat(page.locator("body")).containsText(java.util.regex.Pattern.compile("\\d{1,2}月\\d{1,2}日"));
        assertThat(page.locator("body")).not().containsText("Saved");
    }
}
