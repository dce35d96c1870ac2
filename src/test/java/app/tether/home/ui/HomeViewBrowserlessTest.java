package app.tether.home.ui;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.home.HomeCase;
import app.tether.home.HomeService;
import app.tether.homework.Answers;
import app.tether.homework.HomeworkProvisioning;
import app.tether.programme.FrameworkCatalog;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.AppointmentInput;
import app.tether.sessions.AppointmentMode;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.Repeat;
import app.tether.sessions.SessionProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The therapist's home on a fixed clock, with a fresh therapist and cases built through the
 * modules' own provisioning: each reason in words, acknowledging, search, filters, sort, today,
 * the thresholds dialog and the closed cases.
 */
@IntegrationTest
class HomeViewBrowserlessTest extends SpringBrowserlessTest {

    /** A Wednesday morning, years after any real data, so nothing from other tests is "recent". */
    static final LocalDate TODAY = LocalDate.of(2031, 3, 12);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);

    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired ScaleProvisioning scales;
    @Autowired HomeworkProvisioning homework;
    @Autowired SessionProvisioning sessions;
    @Autowired ExceptionProvisioning moments;
    @Autowired AppointmentService appointments;
    @Autowired FrameworkCatalog catalog;
    @Autowired HomeService home;
    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    TestData data;
    TestUsers users;
    Person therapist;
    final Map<Long, Person> clientOf = new HashMap<>();

    @BeforeEach
    void setUp() {
        clock.set(instant(NOW));
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private static java.time.Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Runs provisioning as if it happened at {@code t}: whatever a module stamps with the clock gets that time. */
    private void at(LocalDateTime t, Runnable r) {
        clock.set(instant(t));
        try {
            r.run();
        } finally {
            clock.set(instant(NOW));
        }
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }

    /** A case with nothing to say: a session two days ago, a moment yesterday, a steady rating. */
    private long quietCase(String name, Lens lens, int enrolledDaysAgo) {
        Person client = data.client(name);
        long id = caseProvisioning.createCase(CaseKind.INDIVIDUAL, therapist.id(), List.of(client.id()));
        caseProvisioning.enrol(id, lens, TODAY.minusDays(enrolledDaysAgo));
        clientOf.put(id, client);
        session(id, TODAY.minusDays(2));
        moment(id, TODAY.minusDays(1));
        rate(id, TODAY.minusDays(14), 6);
        rate(id, TODAY.minusDays(1), 6);
        return id;
    }

    private long session(long caseId, LocalDate day) {
        LocalDateTime t = day.atTime(9, 0);
        long[] id = new long[1];
        at(t, () -> id[0] = sessions.record(caseId, therapist.id(), t, 1, List.of(clientOf.get(caseId).id()), "",
                List.of()));
        return id[0];
    }

    private void moment(long caseId, LocalDate day) {
        LocalDateTime t = day.atTime(8, 0);
        at(t, () -> moments.log(caseId, clientOf.get(caseId).id(),
                new EntryInput(t, "At breakfast", "I asked for help", "", "", "", List.of(), false), true));
    }

    private void rate(long caseId, LocalDate day, int value) {
        // Today's rating was given this morning, before "now": nothing is stamped in the future.
        at(day.equals(TODAY) ? TODAY.atTime(8, 0) : day.atTime(20, 0), () -> scales.rate(caseId, clientOf.get(caseId).id(), day, value, RatingSource.HOME, null));
    }

    private long hopeQuestions(long caseId, LocalDate assigned, LocalDate due) {
        LocalDateTime t = assigned.atTime(9, 30);
        long[] id = new long[1];
        at(t, () -> id[0] = homework.assign(caseId, clientOf.get(caseId).id(), therapist.id(),
                catalog.byCode(HOPE_QUESTIONS), HomeworkProvisioning.newPairKey(), null, due, instant(t)));
        return id[0];
    }

    private HomeView open() {
        signIn(therapist.username());
        return navigate(HomeView.class);
    }

    private static HomeCase row(HomeView view, long caseId) {
        return view.screen().cases().stream().filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
    }

    /** What one column's Lit template receives for a case: the words the browser shows in that cell. */
    @SuppressWarnings("unchecked")
    private static Object cell(HomeView view, String column, String property, long caseId) {
        var renderer = (LitRenderer<HomeCase>) view.grid.getColumnByKey(column).getRenderer();
        return renderer.getValueProviders().get(property).apply(row(view, caseId));
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonsShown(HomeView view, long caseId) {
        var out = new java.util.ArrayList<String>();
        ((tools.jackson.databind.node.ArrayNode) cell(view, "URGENCY", "reasons", caseId)).forEach(r -> out.add(
                r.get("ack").asString().isEmpty() ? r.get("text").asString()
                        : r.get("text").asString() + " [" + r.get("ack").asString() + "]"));
        return out;
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static List<Long> ids(List<HomeCase> cases) {
        return cases.stream().map(HomeCase::caseId).toList();
    }

    @Test
    void each_reason_shows_in_words_on_its_case_only_when_its_condition_holds() {
        long quiet = quietCase("Quiet Quinn", Lens.NARRATIVE, 30);
        long fell = quietCase("Falling Fay", Lens.NARRATIVE, 30);
        rate(fell, TODAY, 3);
        long waiting = quietCase("Waiting Wen", Lens.NARRATIVE, 30);
        long sent = hopeQuestions(waiting, TODAY.minusDays(8), TODAY.plusDays(5));
        at(TODAY.minusDays(5).atTime(18, 0), () -> homework.submit(sent, Answers.empty(), instant(TODAY.minusDays(5).atTime(18, 0))));
        long overdue = quietCase("Overdue Otto", Lens.NARRATIVE, 30);
        hopeQuestions(overdue, TODAY.minusDays(10), TODAY.minusDays(4));
        long noSession = quietCase("Absent Abe", Lens.NARRATIVE, 40);
        session(noSession, TODAY.minusDays(30));
        long noMoment = quietCase("Silent Sue", Lens.NARRATIVE, 30);

        HomeView view = open();
        assertThat(reasonsShown(view, quiet)).isEmpty();
        assertThat(reasonsShown(view, fell)).singleElement().asString().contains("Falling Fay", "3");
        assertThat(reasonsShown(view, waiting)).singleElement().asString().contains("1", "5 days");
        assertThat(reasonsShown(view, overdue)).singleElement().asString().contains("Hope Questions", "4 days");
        // The case with a session 30 days ago still has the one two days ago: no reason yet.
        assertThat(reasonsShown(view, noSession)).isEmpty();
        assertThat(reasonsShown(view, noMoment)).isEmpty();

        // Only when nothing happened since: a case whose last session and moment are old.
        Person absent = data.client("Long Gone");
        long old = caseProvisioning.createCase(CaseKind.INDIVIDUAL, therapist.id(), List.of(absent.id()));
        caseProvisioning.enrol(old, Lens.CONNECTION, TODAY.minusDays(60));
        clientOf.put(old, absent);
        session(old, TODAY.minusDays(24));
        moment(old, TODAY.minusDays(10));
        view.reload();
        assertThat(reasonsShown(view, old)).anySatisfy(r -> assertThat(r).contains("24 days"))
                .anySatisfy(r -> assertThat(r).contains("10 days")).hasSize(2);

        var attention = view.attentionSection;
        assertThat(text(attention)).contains("Falling Fay", "Waiting Wen", "Overdue Otto", "Long Gone")
                .doesNotContain("Quiet Quinn", "Absent Abe", "Silent Sue");
        // Most urgent first: the falling rating leads.
        assertThat($(Div.class, attention).withClassName("attention-card").first().getId()).hasValue("attention-" + fell);
    }

    @Test
    void acknowledging_a_reason_takes_the_case_out_of_needs_attention_and_marks_the_reason() {
        long fell = quietCase("Ack Anna", Lens.NARRATIVE, 30);
        rate(fell, TODAY, 2);
        HomeView view = open();
        Div card = $(Div.class).id("attention-" + fell);
        Button ack = $(Button.class, card).withClassName("acknowledge").single();
        assertThat(ack.getText()).isEqualTo("Acknowledge");
        assertThat(ack.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Acknowledge “")
                .contains("Ack Anna").endsWith("on Ack Anna"));
        test(ack).click();

        assertThat($(Div.class).withId("attention-" + fell).exists()).isFalse();
        assertThat(reasonsShown(view, fell)).singleElement().asString().endsWith("[Acknowledged]");
        assertThat(row(view, fell).needsAttention()).isFalse();
        assertThat(text(view.attentionSection)).contains("Needs attention (0)");

        // Something new (another lower rating) brings it back.
        at(NOW.plusMinutes(5), () -> scales.rate(fell, clientOf.get(fell).id(), TODAY, 1, RatingSource.HOMEWORK, null));
        clock.set(instant(NOW.plusMinutes(10)));
        view.reload();
        assertThat($(Div.class).withId("attention-" + fell).exists()).isTrue();
    }

    @Test
    void search_filters_and_sort_narrow_and_order_the_list() {
        long amira = quietCase("Amira Search", Lens.NARRATIVE, 3);
        long bo = quietCase("Bo Search", Lens.CONNECTION, 30);
        long cy = quietCase("Cy Search", Lens.CONNECTION, 10);
        rate(cy, TODAY, 2);
        caseProvisioning.recordStageChange(bo, 3, "Ready for the vision work", TODAY.minusDays(2));
        HomeView view = open();
        assertThat(ids(view.shownCases())).containsExactlyInAnyOrder(amira, bo, cy).first().isEqualTo(cy);

        view.search.setValue("bo sea");
        assertThat(ids(view.shownCases())).containsExactly(bo);
        assertThat(view.shown.getText()).isEqualTo("Showing 1 of 3");
        view.search.clear();

        view.lensFilter.setValue(Lens.CONNECTION);
        assertThat(ids(view.shownCases())).containsExactlyInAnyOrder(bo, cy);
        view.stageFilter.setValue(row(view, bo).stage());
        assertThat(ids(view.shownCases())).containsExactly(bo);
        view.lensFilter.clear();
        view.stageFilter.clear();
        view.attentionOnly.setValue(true);
        assertThat(ids(view.shownCases())).containsExactly(cy);
        view.attentionOnly.setValue(false);

        test(view.grid).sortByColumn("NAME", SortDirection.ASCENDING);
        assertThat(ids(view.shownCases())).containsExactly(amira, bo, cy);
        assertThat(view.sortBy.getValue()).isEqualTo(HomeSort.NAME);
        test(view.grid).sortByColumn("NAME", SortDirection.DESCENDING);
        assertThat(ids(view.shownCases())).containsExactly(cy, bo, amira);
        view.sortBy.setValue(HomeSort.STAGE);
        assertThat(ids(view.shownCases())).containsExactly(amira, cy, bo);
        view.sortBy.setValue(HomeSort.RATING);
        assertThat(ids(view.shownCases()).getFirst()).isEqualTo(cy);
        for (HomeSort each : HomeSort.values()) {
            view.sortBy.setValue(each);
            assertThat(view.shownCases()).hasSize(3);
        }
        for (String column : List.of("NAME", "LENS", "STAGE", "RATING", "URGENCY", "LAST_SESSION", "NEXT_SESSION")) {
            assertThat(test(view.grid).isColumnSortable(column)).as(column).isTrue();
        }

        // A live reload keeps what the therapist chose.
        view.search.setValue("search");
        view.sortBy.setValue(HomeSort.NAME);
        view.reload();
        assertThat(view.search.getValue()).isEqualTo("search");
        assertThat(ids(view.shownCases())).containsExactly(amira, bo, cy);
    }

    @Test
    void each_case_shows_names_figures_and_the_moments_count_under_its_id() {
        long id = quietCase("Figures Fen", Lens.CONNECTION, 12);
        at(TODAY.minusDays(1).atTime(7, 0), () -> moments.log(id, clientOf.get(id).id(),
                new EntryInput(TODAY.minusDays(1).atTime(7, 0), "On the bus", "", "", "", "", List.of(), false), false));
        HomeView view = open();
        assertThat(cell(view, "NAME", "id", id)).isEqualTo(id);
        assertThat(cell(view, "NAME", "title", id)).isEqualTo("Figures Fen");
        assertThat(cell(view, "NAME", "moments", id)).isEqualTo("1 new moment");
        assertThat(cell(view, "LENS", "lens", id)).isEqualTo("Connection (relational-cultural)");
        assertThat(cell(view, "STAGE", "stage", id)).isEqualTo("Stage 1");
        assertThat(cell(view, "STAGE", "day", id)).isEqualTo("day 13");
        var trends = (tools.jackson.databind.node.ArrayNode) cell(view, "RATING", "partners", id);
        assertThat(trends.size()).isEqualTo(1);
        assertThat(trends.get(0).get("latest").asString()).isEqualTo("6");
        assertThat(trends.get(0).get("word").asString()).isEqualTo("steady");
        assertThat(trends.get(0).get("svg").asString()).startsWith("<svg");
        assertThat((String) cell(view, "LAST_SESSION", "last", id)).contains(String.valueOf(TODAY.minusDays(2).getDayOfMonth()));
        assertThat(cell(view, "NEXT_SESSION", "next", id)).isEqualTo("None booked");

        // On a phone the same grid shows one column of cards, with the same id and count.
        view.showPhone(true);
        assertThat(view.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey())
                .containsExactly("PHONE");
        assertThat(cell(view, "PHONE", "moments", id)).isEqualTo("1 new moment");
        assertThat(cell(view, "PHONE", "sessions", id)).asString().contains("Last session: ", "Next: None booked");
        view.showPhone(false);
        assertThat(view.grid.getColumnByKey("PHONE").isVisible()).isFalse();
    }

    @Test
    void today_lists_the_days_appointments_with_one_click_to_record_or_open_and_print() {
        long planned = quietCase("Today Tara", Lens.NARRATIVE, 20);
        long recorded = quietCase("Today Rui", Lens.NARRATIVE, 20);
        users.run(therapist.username(), () -> appointments.plan(planned, new AppointmentInput(TODAY, LocalTime.of(14, 0),
                50, List.of(clientOf.get(planned).id()), AppointmentMode.IN_PERSON, "Room 2", Repeat.NONE, null, null), true));
        long sessionId = session(recorded, TODAY);
        HomeView view = open();
        String today = text(view.todaySection);
        assertThat(today).contains("Today Tara", "14:00", "Today Rui", "09:00");
        long appointmentId = view.screen().today().stream().filter(i -> i.caseId() == planned).findFirst().orElseThrow()
                .appointmentId();
        Anchor record = $(Anchor.class).id("today-record-" + appointmentId);
        assertThat(record.getHref()).isEqualTo("cases/" + planned + "/sessions?appointment=" + appointmentId);
        assertThat($(Anchor.class).id("today-session-" + sessionId).getHref()).isEqualTo("sessions/" + sessionId);
        assertThat($(Anchor.class).id("today-summary-" + sessionId).getElement().getAttribute("download")).isNotNull();
        assertThat($(Button.class).id("print-all").getText()).isEqualTo("Print today’s summary");
    }

    @Test
    void the_thresholds_dialog_saves_and_refuses_out_of_range_values() {
        quietCase("Settings Sam", Lens.NARRATIVE, 20);
        HomeView view = open();
        test(view.settingsButton).click();
        SettingsDialog dialog = $(SettingsDialog.class).single();
        var points = dialog.fields.get("ratingDropPoints");
        assertThat(points.getSuffixComponent().getElement().getText()).isEqualTo("points");
        assertThat(dialog.fields.get("noSessionDays").getSuffixComponent().getElement().getText()).isEqualTo("days");

        points.setValue(0);
        test(dialog.save).click();
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(users.as(therapist.username(), home::settings).ratingDropPoints()).isEqualTo(2);

        dialog.fields.get("noMomentDays").clear();
        points.setValue(3);
        test(dialog.save).click();
        assertThat(dialog.fields.get("noMomentDays").isInvalid()).isTrue();
        dialog.fields.get("noMomentDays").setValue(9);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var saved = users.as(therapist.username(), home::settings);
        assertThat(saved.ratingDropPoints()).isEqualTo(3);
        assertThat(saved.noMomentDays()).isEqualTo(9);
    }

    @Test
    void closed_cases_wait_in_a_folded_section_of_their_own() {
        long open = quietCase("Still Open", Lens.NARRATIVE, 3);
        long closing = quietCase("Lin Closing", Lens.CONNECTION, 12);
        users.run(therapist.username(), () -> caseload.closeCase(closing, TODAY, "Goals reached",
                caseload.caseDetails(closing).version()));
        HomeView view = open();
        var closed = $(Details.class).id("closed-cases");
        assertThat(closed.isOpened()).isFalse();
        assertThat(closed.getSummaryText()).isEqualTo("Show closed cases (1)");
        var link = $(Anchor.class, closed).single();
        assertThat(link.getHref()).isEqualTo("cases/" + closing);
        assertThat(text(link)).contains("Lin Closing", "Closed ");
        assertThat(ids(view.shownCases())).containsExactly(open);
        closed.setOpened(true);
        assertThat(closed.getSummaryText()).isEqualTo("Hide closed cases");
    }

    @Test
    void the_demo_therapist_sees_chen_jing_with_stage_and_day_and_a_client_cannot_open_the_page() {
        clock.reset();
        signIn("therapist");
        HomeView view = navigate(HomeView.class);
        HomeCase chen = view.shownCases().stream().filter(c -> c.title().equals("Chen Jing")).findFirst().orElseThrow();
        assertThat(cell(view, "STAGE", "stage", chen.caseId())).isEqualTo("Stage 5");
        assertThat(cell(view, "STAGE", "day", chen.caseId())).isEqualTo("day 32");
        assertThat(cell(view, "LENS", "lens", chen.caseId())).isEqualTo("Identity migration map");
        assertThat(view.shownCases().stream().map(HomeCase::title).collect(Collectors.toSet()))
                .contains("Zhao Lei & Zhou Ting");
        assertThat(cell(view, "NAME", "couple", view.shownCases().stream()
                .filter(c -> c.title().equals("Zhao Lei & Zhou Ting")).findFirst().orElseThrow().caseId()))
                .isEqualTo("Couple");

        signIn("chen.jing");
        var notFound = navigate("caseload", app.tether.shell.NotFoundView.class);
        assertThat(text(notFound.getUI().orElseThrow())).doesNotContain("Zhao Lei");
    }
}
