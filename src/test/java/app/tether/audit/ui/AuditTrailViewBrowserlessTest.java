package app.tether.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;
import app.tether.audit.AuditRecord;
import app.tether.shell.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AuditTrailViewBrowserlessTest extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired AuditLog log;
    @Autowired UserDetailsService userDetails;

    /** A case number no real case has, so its lines are this test's alone. */
    private static long unusedCaseNumber() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    private void opened(String who, long caseId) {
        new TestUsers(userDetails).run(who, () -> log.record(
                AuditEvent.opened(AuditAction.CASE_OPENED, caseId, "CASE", caseId)));
    }

    private List<AuditRecord> rows(AuditTrailView view) {
        var grid = test(view.grid);
        List<AuditRecord> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    @Test
    @WithUserDetails("admin")
    void the_trail_shows_the_admins_own_look_first_and_filters_narrow_it_by_case_person_and_action() {
        long caseId = unusedCaseNumber();
        opened("therapist", caseId);
        opened("therapist2", caseId);
        AuditTrailView view = navigate(AuditTrailView.class);
        AuditRecord newest = test(view.grid).getRow(0);
        assertThat(newest.action()).isEqualTo("AUDIT_TRAIL_VIEWED");
        assertThat(newest.actorName()).isEqualTo("admin");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Audit trail viewed");

        // The admin's own look at this case is a line about it too.
        test(view.caseNumber).setValue(Long.toString(caseId));
        assertThat(rows(view)).extracting(AuditRecord::actorName, AuditRecord::action).containsExactly(
                tuple("admin", "AUDIT_TRAIL_VIEWED"), tuple("therapist2", "CASE_OPENED"),
                tuple("therapist", "CASE_OPENED"));
        assertThat(view.count.getText()).isEqualTo("3 lines match");

        test(view.person).setValue("therapist2");
        assertThat(rows(view)).singleElement().satisfies(r -> {
            assertThat(r.actorName()).isEqualTo("therapist2");
            assertThat(r.action()).isEqualTo("CASE_OPENED");
        });

        view.actions.setValue(Set.of(AuditAction.SIGN_IN, AuditAction.SIGN_OUT));
        assertThat(rows(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("No lines match");
        view.actions.setValue(Set.of(AuditAction.CASE_OPENED));
        assertThat(rows(view)).hasSize(1);

        test(view.clear).click();
        assertThat(view.person.getValue()).isEmpty();
        assertThat(view.actions.getValue()).isEmpty();
        assertThat(rows(view)).isNotEmpty();
        assertThat(test(view.grid).getRow(0).detail()).isEqualTo("filters:");
        assertThat(test(view.grid).getRow(1).detail()).isEqualTo("filters: person case=" + caseId + " actions=1");
    }

    @Test
    @WithUserDetails("admin")
    void part_of_a_username_finds_a_failed_sign_in_under_the_name_that_was_tried() throws Exception {
        String tried = "audit-ui-" + UUID.randomUUID().toString().substring(0, 8);
        new WebClient(port).signIn(tried, "wrong-password");
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.person).setValue(tried.substring(2));
        assertThat(rows(view)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("SIGN_IN_FAILED");
            assertThat(r.outcome()).isEqualTo("FAILURE");
        });
        view.actions.setValue(Set.of(AuditAction.SIGN_IN_FAILED));
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Sign-in failed");
    }

    @Test
    @WithUserDetails("admin")
    void an_invalid_case_number_or_date_range_shows_a_message_and_keeps_the_last_lines() {
        long caseId = unusedCaseNumber();
        opened("therapist", caseId);
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.caseNumber).setValue(Long.toString(caseId));
        List<AuditRecord> before = rows(view);
        assertThat(before).extracting(AuditRecord::action).contains("CASE_OPENED");

        test(view.caseNumber).setValue("12abc");
        assertThat(view.caseNumber.isInvalid()).isTrue();
        assertThat(view.caseNumber.getErrorMessage()).isEqualTo("Enter a case number in digits, such as 12.");
        assertThat(rows(view)).isEqualTo(before);
        assertThat(view.export.isEnabled()).isFalse();

        test(view.caseNumber).setValue("#" + caseId);
        assertThat(view.caseNumber.isInvalid()).isFalse();
        assertThat(view.export.isEnabled()).isTrue();
        assertThat(rows(view)).isEqualTo(before);

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        view.from.setValue(today);
        List<AuditRecord> fromToday = rows(view);
        view.to.setValue(today.minusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date is before the start date.");
        assertThat(rows(view)).isEqualTo(fromToday);
        view.to.setValue(today);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(rows(view)).extracting(AuditRecord::action).contains("CASE_OPENED");
        view.from.setValue(today.plusDays(1));
        view.to.clear();
        assertThat(rows(view)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_chain_check_says_in_words_that_every_line_is_in_place() {
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.check).click();
        assertThat(view.chainStatus.getText()).matches("All [\\d,]+ lines are in place and unchanged\\.");
        assertThat(view.chainStatus.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(test(view.grid).getRow(0).action()).isEqualTo("AUDIT_CHAIN_VERIFIED");
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_cannot_open_the_audit_trail() {
        NotFoundView view = navigate("admin/audit", NotFoundView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Page not available");
    }
}
