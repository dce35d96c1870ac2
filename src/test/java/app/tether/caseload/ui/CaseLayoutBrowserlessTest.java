package app.tether.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.shell.MainLayout;
import app.tether.shell.RefusedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The case pages share one frame that loads the case once per navigation (decision 019). */
@IntegrationTest
class CaseLayoutBrowserlessTest extends SpringBrowserlessTest {

    private static final List<String> TABS = List.of("", "/homework", "/exceptions", "/scale", "/appointments",
            "/sessions");

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    /**
     * Counts calls of {@code caseDetails} made by views (the layout or a tab), through the real bean.
     * Services that read the case for their own checks call it too; those are not the views' loads.
     */
    private final AtomicInteger caseDetailsCalls = new AtomicInteger();
    private final MethodInterceptor counter = invocation -> {
        if (invocation.getMethod().getName().equals("caseDetails") && calledFromAView()) {
            caseDetailsCalls.incrementAndGet();
        }
        return invocation.proceed();
    };

    /** The nearest application frame below the proxy is a view (a class in a {@code ui} package). */
    private static boolean calledFromAView() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.startsWith("app.tether.") && !c.contains("$$")
                        && !c.startsWith(CaseLayoutBrowserlessTest.class.getName()))
                .findFirst().map(c -> c.contains(".ui.")).orElse(false));
    }

    @BeforeEach
    void countCaseLoads() {
        ((Advised) caseload).addAdvice(0, counter);
    }

    @AfterEach
    void stopCounting() {
        ((Advised) caseload).removeAdvice(counter);
    }

    private long chenJingCaseId() {
        return new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Chen Jing")).findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    private long auditMark() {
        return jdbc.queryForObject("SELECT seq FROM audit_event ORDER BY seq DESC LIMIT 1", Long.class);
    }

    @Test
    @WithUserDetails("therapist")
    void each_tab_is_one_navigation_that_loads_the_case_once_and_is_audited_once() {
        long caseId = chenJingCaseId();
        for (String tab : TABS) {
            caseDetailsCalls.set(0);
            long mark = auditMark();
            Component view = navigate("cases/" + caseId + tab, Component.class);
            assertThat(caseDetailsCalls.get()).as("caseDetails calls opening cases/<id>" + tab).isEqualTo(1);
            assertThat(view.getParent().orElseThrow().getParent()).containsInstanceOf(CaseLayout.class);
            // One header, one tab strip, the current tab marked.
            assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Chen Jing");
            String active = tab.isEmpty() ? "overview" : tab.substring(1);
            assertThat($(Anchor.class).all()).filteredOn(a -> a.hasClassName("active"))
                    .extracting(a -> a.getId().orElseThrow()).containsExactly("tab-" + active);
            // The audited opening still comes from the tab, once.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE seq > ? AND subject_id = ?"
                    + " AND outcome = 'SUCCESS' AND action LIKE '%OPENED'", Integer.class, mark, caseId))
                    .as("openings audited for " + tab).isEqualTo(1);
        }
    }

    @Test
    @WithUserDetails("therapist")
    void the_frame_sits_inside_the_main_layout_and_is_kept_between_tabs() {
        long caseId = chenJingCaseId();
        navigate("cases/" + caseId + "/scale", Component.class);
        CaseLayout frame = $(CaseLayout.class).single();
        assertThat(frame.getParent()).isPresent();
        assertThat($(MainLayout.class).single()).isNotNull();
        navigate("cases/" + caseId + "/homework", Component.class);
        assertThat($(CaseLayout.class).single()).isSameAs(frame);
    }

    @Test
    @WithUserDetails("therapist2")
    void a_refused_case_shows_the_not_found_page_for_every_tab_and_no_frame() {
        long caseId = chenJingCaseId();
        for (String tab : TABS) {
            navigate("cases/" + caseId + tab, Component.class);
            assertThat(getCurrentView()).as(tab).isInstanceOf(RefusedView.class);
            assertThat($(CaseLayout.class).all()).as(tab).isEmpty();
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not available");
            assertThat($(MainLayout.class).single().getElement().getTextRecursively())
                    .doesNotContain("Chen Jing");
        }
    }
}
