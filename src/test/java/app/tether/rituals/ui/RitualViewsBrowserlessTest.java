package app.tether.rituals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.rituals.Frequency;
import app.tether.rituals.RitualInput;
import app.tether.rituals.RitualRecord;
import app.tether.rituals.RitualService;
import app.tether.rituals.RitualSuggestion;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A partner ticks a ritual from the home page and undoes it; the therapist's overview counts per week. */
@IntegrationTest
class RitualViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired RitualService rituals;
    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.caseload.ReadinessService readiness;
    @Autowired app.tether.caseload.CaseloadService caseload;

    TestUsers users;
    Person therapist;
    Person he;
    Person she;
    long caseId;
    RitualRecord gesture;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-06-03T09:00:00Z")); // Wednesday
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Wen Screen");
        she = data.client("Yu Screen");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, he, she);
        gesture = users.as(therapist.username(), () -> rituals.addRitual(caseId,
                new RitualInput(RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY, "Anything small counts")));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private Div card() {
        // Through another page, so the home page is drawn afresh for whoever is signed in now.
        UI.getCurrent().navigate("my-programme");
        UI.getCurrent().navigate("my-homework");
        return $(Div.class).id("my-rituals");
    }

    @Test
    void a_partner_ticks_from_the_home_page_undoes_it_and_the_other_sees_the_tick() {
        TestUsers.signIn(userDetails, he.username());
        Div card = card();
        assertThat(text(card)).contains("Our rituals", "A small kind gesture", "You both see each other’s ticks.");
        test($(Button.class).id("ritual-tick-" + gesture.id())).click();
        card = $(Div.class).id("my-rituals");
        assertThat(text(card)).contains("Done today ✓");
        test($(Button.class).id("ritual-undo-" + gesture.id())).click();
        assertThat($(Button.class).id("ritual-tick-" + gesture.id()).getText()).isEqualTo("Done today");
        test($(Button.class).id("ritual-tick-" + gesture.id())).click();

        TestUsers.signIn(userDetails, she.username());
        assertThat(text(card())).contains("Wen Screen ticked it today");
        test($(Button.class).id("ritual-tick-" + gesture.id())).click();

        clock.set(Instant.parse("2026-06-08T09:00:00Z")); // the next Monday
        users.run(he.username(), () -> rituals.tick(gesture.id()));
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        NativeTable table = $(NativeTable.class).id("ritual-weeks");
        String rows = text(table);
        assertThat(rows).contains("A small kind gesture · Daily", "Anything small counts");
        var lines = table.getElement().getChild(1).getChildren()
                .map(r -> r.getTextRecursively()).toList();
        // The ritual's own row, then one per partner: eight weeks, oldest first.
        assertThat(lines).containsExactly("A small kind gesture · DailyStopAnything small counts",
                "Wen Screen" + "000000" + "11", "Yu Screen" + "000000" + "10");

        // Stopped: its weeks stay in the table, marked, with no Stop button.
        test($(Button.class).id("ritual-stop-" + gesture.id())).click();
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(text($(NativeTable.class).id("ritual-weeks"))).contains("Stopped on", "000000" + "11");
        assertThat($(Button.class).withId("ritual-stop-" + gesture.id()).all()).isEmpty();
    }

    @Test
    void the_couple_adds_a_ritual_in_their_own_words_and_a_suggestion_proposes_how_often() {
        TestUsers.signIn(userDetails, she.username());
        card();
        RitualForm form = $(RitualForm.class).first();
        form.name.setValue("15-minute check-in");
        assertThat(form.frequency.getValue()).isEqualTo(Frequency.WEEKLY);
        form.name.setValue("Tea together after dinner");
        form.frequency.setValue(Frequency.DAILY);
        test(form.add).click();
        assertThat(text($(Div.class).id("my-rituals"))).contains("Tea together after dinner");
        assertThat(users.as(therapist.username(), () -> rituals.caseRituals(caseId)))
                .anySatisfy(r -> {
                    assertThat(r.name()).isEqualTo("Tea together after dinner");
                    assertThat(r.suggestion()).isNull();
                    assertThat(r.addedByClient()).isTrue();
                });
    }
    @Test
    void a_name_beyond_the_limit_is_marked_on_screen_and_not_sent() {
        TestUsers.signIn(userDetails, she.username());
        card();
        RitualForm form = $(RitualForm.class).first();
        String longName = "w".repeat(app.tether.rituals.RitualService.NAME_MAX + 1);
        form.name.setValue(longName);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("This is 121 characters; the limit is 120.");
        form.frequency.setValue(Frequency.DAILY);
        test(form.add).click();
        assertThat(form.name.getValue()).isEqualTo(longName);
        assertThat(users.as(therapist.username(), () -> rituals.caseRituals(caseId))).hasSize(1);
        form.name.setValue("w".repeat(app.tether.rituals.RitualService.NAME_MAX));
        assertThat(form.name.isInvalid()).isFalse();
    }
    @Test
    void earlier_assessments_leave_out_the_current_one_and_a_closed_case_offers_no_forms() {
        users.as(therapist.username(), () -> readiness.recordReadiness(caseId, new app.tether.caseload.ReadinessInput(
                false, java.time.LocalDate.of(2026, 5, 20), "Still in silence")));
        users.as(therapist.username(), () -> readiness.recordReadiness(caseId, new app.tether.caseload.ReadinessInput(
                true, java.time.LocalDate.of(2026, 6, 2), null)));
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        var history = $(com.vaadin.flow.component.html.UnorderedList.class).id("readiness-history");
        assertThat(history.getChildren().count()).isEqualTo(1);
        assertThat(text(history)).contains("Still in silence").doesNotContain("Ready to talk");
        assertThat($(Button.class).withId("readiness-save").all()).hasSize(1);
        assertThat($(Component.class).withId("ritual-add-details").all()).hasSize(1);

        long version = caseload.caseDetails(caseId).version();
        caseload.closeCase(caseId, java.time.LocalDate.of(2026, 6, 3), "Finished the programme", version);
        UI.getCurrent().navigate("cases/" + caseId + "/homework");
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat($(Component.class).withId("closed-banner").all()).hasSize(1);
        assertThat($(Button.class).withId("readiness-save").all()).isEmpty();
        assertThat($(Component.class).withId("ritual-add-details").all()).isEmpty();
    }
}
