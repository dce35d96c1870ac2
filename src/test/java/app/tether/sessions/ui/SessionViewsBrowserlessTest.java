package app.tether.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.reports.PaperSize;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class SessionViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired SessionService sessions;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.security.AccountProvisioning accountProvisioning;
    @Autowired app.tether.caseload.CaseProvisioning caseProvisioning;
    @Autowired app.tether.sessions.SessionProvisioning sessionProvisioning;
    @Autowired app.tether.homework.HomeworkService homework;

    private long caseOf(String title) {
        return new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals(title)).findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    @Test
    @WithUserDetails("therapist")
    void a_session_without_a_date_gets_a_message_and_keeps_the_notes_then_saves() {
        long liu = caseOf("Liu Jia");
        CaseSessionsView view = navigate("cases/" + liu + "/sessions", CaseSessionsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Session 2", "Session 1", "attended: Liu Jia");
        view.form.heldAt.clear();
        test(view.form.notes).setValue("She tried the goodbye message twice.");
        view.form.ratings.values().iterator().next().setValue(4);
        test(view.save).click();
        assertThat(view.form.heldAt.isInvalid()).isTrue();
        assertThat(view.form.heldAt.getErrorMessage()).isEqualTo("Say when the session took place.");
        assertThat(view.form.notes.getValue()).isEqualTo("She tried the goodbye message twice.");

        view.form.heldAt.setValue(LocalDateTime.now().minusMinutes(10).withSecond(0).withNano(0));
        test(view.save).click();
        SessionView page = (SessionView) getCurrentView();
        assertThat(page.getElement().getTextRecursively()).contains("Session 3", "rated: Liu Jia 4",
                "Full record (PDF)", "Client copy (PDF)");
        assertThat(page.form.notes.getValue()).isEqualTo("She tried the goodbye message twice.");
    }

    @Test
    @WithUserDetails("therapist")
    void the_session_page_offers_the_record_and_a_copy_per_partner_without_names_in_links() {
        long couple = caseOf("Zhao Lei & Zhou Ting");
        SessionRecord latest = new TestUsers(userDetails).as("therapist", () -> sessions.caseSessions(couple).getFirst());
        SessionView view = navigate("sessions/" + latest.id(), SessionView.class);
        List<Anchor> links = view.printLinks.getChildren().map(Anchor.class::cast).toList();
        assertThat(links).extracting(a -> a.getElement().getTextRecursively()).containsExactly(
                "Full record (PDF)", "Copy for Zhao Lei (PDF)", "Copy for Zhou Ting (PDF)");
        assertThat(links).allSatisfy(a -> {
            assertThat(a.getHref()).doesNotContain("Zhao", "Zhou", "Lei", "Ting");
            assertThat(a.getElement().getAttribute("download")).isNotNull();
        });
        view.paper.setValue(PaperSize.LETTER);
        assertThat(view.printLinks.getChildren().count()).isEqualTo(3);
        assertThat(view.getElement().getTextRecursively()).contains("Homework set for next time", "Future Prevention",
                "Session record");
    }

    @Test
    void a_couple_gets_hope_questions_as_joint_from_the_session_page_and_can_untick_it() {
        var data = new app.tether.TestData(accountProvisioning, caseProvisioning);
        var therapist = data.therapist();
        var a = data.client("Mei Session");
        var b = data.client("Bo Session");
        long caseId = data.enrolledCase(therapist, app.tether.caseload.Lens.CONNECTION, 3, a, b);
        long session = sessionProvisioning.record(caseId, therapist.id(), LocalDateTime.now().minusHours(1), null,
                List.of(a.id(), b.id()), null, List.of());
        TestUsers.signIn(userDetails, therapist.username());
        try {
            assignFromTheSessionPage(caseId, session, therapist.username());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private void assignFromTheSessionPage(long caseId, long session, String therapist) {
        SessionView view = navigate("sessions/" + session, SessionView.class);
        assertThat(view.hwJoint.isVisible()).isFalse();
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> app.tether.programme.FrameworkExercises.HOPE_QUESTIONS.equals(e.code())).findFirst().orElseThrow());
        assertThat(view.hwJoint.isVisible()).isTrue();
        assertThat(view.hwJoint.getValue()).isTrue();
        assertThat(view.hwJoint.getHelperText()).contains("Hope Questions");
        test(view.assign).click();
        var given = new TestUsers(userDetails).as(therapist, () -> homework.caseHomework(caseId)).assignments();
        assertThat(given).hasSize(2).allMatch(app.tether.homework.AssignmentSummary::joint);

        SessionView again = (SessionView) getCurrentView();
        again.exercise.setValue(again.exercise.getListDataView().getItems()
                .filter(e -> app.tether.programme.FrameworkExercises.COLLABORATIVE_STANCE.equals(e.code())).findFirst()
                .orElseThrow());
        assertThat(again.hwJoint.getValue()).isTrue();
        again.hwJoint.setValue(false);
        test(again.assign).click();
        given = new TestUsers(userDetails).as(therapist, () -> homework.caseHomework(caseId)).assignments();
        assertThat(given.stream().filter(x -> x.title().equals("ex.collaborative-stance.title")))
                .hasSize(2).noneMatch(app.tether.homework.AssignmentSummary::joint);
    }

    @Test
    @WithUserDetails("therapist")
    void a_rating_for_a_partner_who_was_not_there_is_switched_off() {
        long couple = caseOf("Zhao Lei & Zhou Ting");
        CaseSessionsView view = navigate("cases/" + couple + "/sessions", CaseSessionsView.class);
        var zhou = view.clients().stream().filter(c -> c.displayName().equals("Zhou Ting")).findFirst().orElseThrow();
        view.form.attendees.setValue(java.util.Set.of(zhou));
        assertThat(view.form.ratings.values()).extracting(f -> f.isEnabled()).containsExactlyInAnyOrder(false, true);
    }

    @Test
    @WithUserDetails("therapist")
    void a_stale_save_shows_the_newer_version_and_keeps_what_was_typed() {
        long liu = caseOf("Liu Jia");
        var users = new TestUsers(userDetails);
        SessionRecord first = users.as("therapist", () -> sessions.caseSessions(liu).getLast());
        SessionView view = navigate("sessions/" + first.id(), SessionView.class);
        users.run("therapist", () -> sessions.update(first.id(), new SessionInput(first.heldAt(),
                first.attendees().stream().map(c -> c.accountId()).toList(), first.ratings(), "Saved in another tab"),
                first.version()));
        test(view.form.notes).setValue("Typed here");
        test(view.save).click();
        assertThat(view.newerPanel.isVisible()).isTrue();
        assertThat(view.newerPanel.getElement().getTextRecursively()).contains("Saved in another tab");
        assertThat(view.form.notes.getValue()).isEqualTo("Typed here");
        test(view.save).click();
        assertThat(users.as("therapist", () -> sessions.session(first.id())).notes()).isEqualTo("Typed here");
        assertThat(users.as("therapist", () -> sessions.revisions(first.id()))).extracting(r -> r.notes())
                .contains("Saved in another tab");
    }

    @Test
    @WithUserDetails("therapist")
    void todays_sessions_lists_the_day_and_offers_one_pdf() {
        long amira = caseOf("Amira Haddad");
        var users = new TestUsers(userDetails);
        long client = users.as("therapist", () -> caseload.caseDetails(amira)).clients().getFirst().accountId();
        users.run("therapist", () -> sessions.create(amira, new SessionInput(LocalDate.now().atTime(0, 10),
                List.of(client), Map.of(), null)));
        TodaysSessionsView view = navigate(TodaysSessionsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Today’s sessions", "Amira Haddad", "00:10");
        assertThat(view.print.printAll.getText()).matches("Print (today’s summary|all \\d+ of today’s summaries)");
        assertThat(view.print.printAll.isEnabled()).isTrue();
    }
}
