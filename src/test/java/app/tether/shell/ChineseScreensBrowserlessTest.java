package app.tether.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockHttpSession;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import java.util.Locale;
import java.util.regex.Pattern;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The main screens in Simplified Chinese, for a browser that asks for zh-CN and people who have not
 * chosen a language (decision 024): Chinese headings, dates written the Chinese way, no raw keys.
 */
@IntegrationTest
class ChineseScreensBrowserlessTest extends SpringBrowserlessTest {

    /** "11月25日", "2025年11月25日": a date the zh-CN locale wrote. */
    private static final Pattern CHINESE_DATE = Pattern.compile("\\d{1,2}月\\d{1,2}日");

    private static Function1<? super MockHttpSession, ? extends MockRequest> englishBrowser;

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    @BeforeAll
    static void a_browser_asking_for_chinese() {
        englishBrowser = MockVaadin.INSTANCE.getMockRequestFactory();
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            var request = new MockRequest(session);
            request.setLocaleInt(Locale.forLanguageTag("zh-CN"));
            return request;
        });
    }

    @AfterAll
    static void back_to_the_default_browser() {
        MockVaadin.INSTANCE.setMockRequestFactory(englishBrowser);
    }

    private static String text(com.vaadin.flow.component.HasElement c) {
        return c.getElement().getTextRecursively();
    }

    private static void noRawKeys(String text) {
        // A key missing from the bundle shows as "!zh_CN: some.key".
        assertThat(text).doesNotContain("!zh", "!en");
    }

    private String heading() {
        return $(H2.class).first().getText();
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_follows_the_browser() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat($(LoginForm.class).single().getAction()).isEqualTo("login");
        assertThat(text(getCurrentView())).contains("忘记密码");
        noRawKeys(text(getCurrentView()));
    }

    @Test
    @WithUserDetails("liu.jia")
    void a_clients_homework_list_in_chinese() {
        Component view = navigate("my-homework", Component.class);
        assertThat(heading()).isEqualTo("我的作业");
        assertThat(text(view)).containsPattern(CHINESE_DATE).doesNotContain("Due ", "Sent");
        noRawKeys(text(view));
    }

    @Test
    @WithUserDetails("liu.jia")
    void the_log_of_moments_in_chinese_with_a_chinese_calendar() {
        Component view = navigate("my-exceptions", Component.class);
        assertThat(heading()).isEqualTo("我的好一点的时刻");
        assertThat(text(view)).containsPattern(CHINESE_DATE);
        noRawKeys(text(view));
        var when = $(DateTimePicker.class).first().getDatePickerI18n();
        assertThat(when.getMonthNames()).startsWith("1月", "2月");
        assertThat(when.getWeekdays()).startsWith("星期日", "星期一");
        assertThat(when.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(when.getToday()).isEqualTo("今天");
    }

    @Test
    @WithUserDetails("zhou.ting")
    void the_scale_in_chinese() {
        Component view = navigate("my-scale", Component.class);
        assertThat(heading()).isEqualTo("今日打分");
        // The chart's days are written in its SVG markup.
        assertThat($(com.vaadin.flow.component.Svg.class).first().getElement().getProperty("innerHTML"))
                .containsPattern(CHINESE_DATE);
        noRawKeys(text(view));
    }

    @Test
    @WithUserDetails("therapist")
    void the_therapists_home_in_chinese() {
        Component view = navigate("caseload", Component.class);
        assertThat(heading()).isEqualTo("我的个案");
        assertThat(text(view)).containsPattern("\\d{1,2}月\\d{1,2}日").doesNotContain("Last session");
        noRawKeys(text(view));
    }

    @Test
    @WithUserDetails("therapist")
    void a_case_page_in_chinese() {
        long chen = new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Chen Jing")).findFirst().map(CaseSummary::caseId).orElseThrow());
        Component view = navigate("cases/" + chen, Component.class);
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        String all = text(chain.getLast());
        assertThat(all).contains("当前阶段").containsPattern(CHINESE_DATE).doesNotContain("Current stage");
        noRawKeys(all);
    }
}
