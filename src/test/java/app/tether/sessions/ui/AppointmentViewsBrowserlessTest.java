package app.tether.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.AppointmentInput;
import app.tether.sessions.AppointmentMode;
import app.tether.sessions.AppointmentRecord;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.AppointmentStatus;
import app.tether.sessions.Repeat;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AppointmentViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AppointmentService appointments;
    @Autowired app.tether.caseload.CaseloadService caseload;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person a;
    Person b;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        a = data.client("Wu Hua");
        b = data.client("Sun Li");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 10, a, b);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(Person p) {
        UserDetails user = userDetails.loadUserByUsername(p.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private AppointmentRecord plan(LocalDate day, LocalTime start, Person... partners) {
        return users.as(therapist.username(), () -> appointments.plan(caseId, new AppointmentInput(day, start, 50,
                java.util.Arrays.stream(partners).map(Person::id).toList(), AppointmentMode.ONLINE,
                "https://meet.example/room", Repeat.NONE, null, null), true)).saved().getFirst();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_therapist_plans_a_weekly_series_and_an_overlap_asks_first() {
        signIn(therapist);
        CaseAppointmentsView view = navigate("cases/" + caseId + "/appointments", CaseAppointmentsView.class);
        LocalDate day = LocalDate.now().plusDays(3);
        view.day.setValue(day);
        view.start.setValue(LocalTime.of(10, 0));
        view.repeat.setValue(Repeat.WEEKLY);
        test(view.count).setValue(3);
        test(view.place).setValue("Room 2");
        test(view.plan).click();
        assertThat(text(view)).contains("3 coming", "Room 2", "part of a series");
        assertThat(view.getChildren().filter(c -> "appointments-coming".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow().getChildren().filter(c -> c.getId().orElse("").startsWith("appointment-"))
                .count()).isEqualTo(3);

        // Half an hour later on the same day: a warning, nothing saved until confirmed.
        view.day.setValue(day);
        view.start.setValue(LocalTime.of(10, 30));
        view.repeat.setValue(Repeat.NONE);
        test(view.plan).click();
        var dialog = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text(dialog)).contains("Wu Hua & Sun Li");
        assertThat(text(view)).contains("3 coming");
        test(dialog).confirm();
        assertThat(text(view)).contains("4 coming");
    }

    @Test
    void a_closed_case_shows_its_appointments_without_forms_or_actions() {
        plan(LocalDate.now().plusDays(5), LocalTime.of(9, 0), a, b);
        users.run(therapist.username(), () -> caseload.closeCase(caseId, LocalDate.now(), "Ended well",
                caseload.caseDetails(caseId).version()));
        signIn(therapist);
        CaseAppointmentsView view = navigate("cases/" + caseId + "/appointments", CaseAppointmentsView.class);
        // Closing cancelled what was still ahead, on the practice's side.
        assertThat(text(view)).contains("1 cancelled by the practice", "Cancelled by the practice",
                "Add to calendar (.ics)").doesNotContain("Plan an appointment",
                "Cancel appointment", "Move");
        assertThat(view.getElement().toString()).contains("closed-banner");
    }

    @Test
    void a_session_recorded_from_an_appointment_starts_filled_in_and_is_linked() {
        AppointmentRecord today = plan(LocalDate.now(), LocalTime.of(0, 0), a);
        signIn(therapist);
        com.vaadin.flow.component.UI.getCurrent().navigate("cases/" + caseId + "/sessions",
                com.vaadin.flow.router.QueryParameters.of("appointment", String.valueOf(today.id())));
        CaseSessionsView view = (CaseSessionsView) getCurrentView();
        assertThat(view.form.heldAt.getValue()).isEqualTo(today.startsAt());
        assertThat(view.form.attendees.getValue()).extracting(c -> c.accountId()).containsExactly(a.id());
        assertThat(text(view)).contains("Filled in from the appointment");
        test(view.save).click();
        AppointmentRecord after = users.as(therapist.username(), () -> appointments.appointment(today.id()));
        assertThat(after.sessionId()).isNotNull();
        assertThat(after.status()).isEqualTo(AppointmentStatus.ATTENDED);
    }

    @Test
    void todays_sessions_list_todays_appointments_with_one_click_to_record() {
        AppointmentRecord today = plan(LocalDate.now(), LocalTime.of(23, 0), a, b);
        signIn(therapist);
        TodaysSessionsView view = navigate("sessions/today", TodaysSessionsView.class);
        assertThat(text(view)).contains("Appointments today", "Wu Hua & Sun Li", "Record the session");
        assertThat(view.getElement().toString()).contains("cases/" + caseId + "/sessions?appointment=" + today.id());
    }

    @Test
    void the_week_marks_today_and_moves_week_by_week() {
        plan(LocalDate.now(), LocalTime.of(23, 0), a, b);
        plan(LocalDate.now().plusWeeks(1), LocalTime.of(9, 0), a);
        signIn(therapist);
        WeekView view = navigate("appointments/week", WeekView.class);
        assertThat(view.grid.getChildren()).hasSize(7);
        Component today = view.grid.getChildren().filter(c -> c.getId().orElse("").equals("day-" + LocalDate.now()))
                .findFirst().orElseThrow();
        assertThat(today.getElement().getClassList()).contains("today");
        assertThat(text(today)).contains("Wu Hua & Sun Li");
        view.show(view.monday.plusWeeks(1));
        assertThat(text(view.grid)).contains("Wu Hua & Sun Li").doesNotContain("Today");
        // The feed: off, then on at a long address.
        assertThat(text(view.feedPanel)).contains("Turn on the feed");
    }

    @Test
    void the_client_home_shows_next_appointments_but_not_the_partners_own() {
        plan(LocalDate.now().plusDays(2), LocalTime.of(18, 0), a, b);
        plan(LocalDate.now().plusDays(4), LocalTime.of(18, 0), a);
        signIn(a);
        Component home = navigate("my-homework", Component.class);
        assertThat(text(home)).contains("Your next appointments", "Join online");
        assertThat(home.getElement().toString().split("appointment-card", -1)).hasSize(3);
    }

    @Test
    void the_other_partner_does_not_see_an_individual_appointment() {
        plan(LocalDate.now().plusDays(2), LocalTime.of(18, 0), a, b);
        plan(LocalDate.now().plusDays(4), LocalTime.of(18, 0), a);
        signIn(b);
        Component home = navigate("my-homework", Component.class);
        assertThat(text(home)).contains("Hello, Sun Li", "Your next appointments");
        assertThat(home.getElement().toString().split("appointment-card", -1)).hasSize(2);
    }

    @Test
    void the_home_screen_says_when_the_case_is_next_seen() {
        plan(LocalDate.now().plusDays(2), LocalTime.of(18, 0), a, b);
        signIn(therapist);
        navigate("caseload", Component.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) $(com.vaadin.flow.component.grid.Grid.class).id("home-grid");
        String next = test(grid).getLitRendererPropertyValue(0, "NEXT_SESSION", "next", String.class);
        assertThat(next).contains("18:00").contains(String.valueOf(LocalDate.now().plusDays(2).getDayOfMonth()));
    }
}
