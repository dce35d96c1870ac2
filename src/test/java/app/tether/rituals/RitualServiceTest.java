package app.tether.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Rituals per week with a fixed clock: weeks start on Monday in the practice's time zone (Europe/London
 * in tests), a weekly ritual counts once a week, a tick is taken back only the same day, and each
 * partner ticks only for themselves.
 */
@IntegrationTest
class RitualServiceTest {

    @Autowired RitualService rituals;
    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired RitualTickRepository tickRepository;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestUsers users;
    Person therapist;
    Person he;
    Person she;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Wen Ritual");
        she = data.client("Yu Ritual");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, he, she);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private RitualRecord add(Person who, RitualSuggestion s, String name, Frequency f) {
        return users.as(who.username(), () -> rituals.addRitual(caseId, new RitualInput(s, name, f, null)));
    }

    private void tick(Person who, RitualRecord r) {
        users.run(who.username(), () -> rituals.tick(r.id()));
    }

    private List<Integer> counts(RitualWeeks weeks, RitualRecord r, Person who) {
        return weeks.rows().stream().filter(row -> row.ritual().id() == r.id() && row.clientId() == who.id())
                .findFirst().orElseThrow().counts();
    }

    @Test
    void counts_per_week_start_on_monday_in_the_practice_time_zone() {
        at("2026-06-01T08:00:00Z"); // Monday 1 June, 09:00 in London
        RitualRecord checkIn = add(therapist, RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY);
        RitualRecord gesture = add(therapist, RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY);

        at("2026-06-03T09:00:00Z"); // Wednesday
        tick(he, gesture);
        tick(she, gesture);
        tick(he, checkIn);
        tick(he, gesture); // a second tap the same day counts once
        at("2026-06-04T09:00:00Z"); // Thursday
        tick(he, gesture);
        tick(he, checkIn); // already done this week
        at("2026-06-07T22:30:00Z"); // Sunday 23:30 in London: still this week
        tick(she, gesture);
        at("2026-06-07T23:30:00Z"); // Sunday in UTC, but Monday 00:30 in London: the next week
        tick(he, gesture);
        tick(he, checkIn);

        RitualWeeks weeks = users.as(therapist.username(), () -> rituals.weeklyCounts(caseId));
        assertThat(weeks.weeks()).hasSize(RitualService.WEEKS)
                .endsWith(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8));
        assertThat(counts(weeks, gesture, he)).endsWith(2, 1);
        assertThat(counts(weeks, gesture, she)).endsWith(2, 0);
        assertThat(counts(weeks, checkIn, he)).endsWith(1, 1);
        assertThat(counts(weeks, checkIn, she)).containsOnly(0);
        assertThat(counts(weeks, gesture, he).subList(0, RitualService.WEEKS - 2)).containsOnly(0);

        // The summary of a session on Thursday 4 June counts that week.
        List<RitualSummaryLine> lines = users.as(therapist.username(),
                () -> rituals.summaryLines(caseId, LocalDate.of(2026, 6, 4)));
        assertThat(lines).extracting(l -> l.ritual().id()).containsExactly(checkIn.id(), gesture.id());
        assertThat(lines.get(1).counts()).extracting(RitualSummaryLine.Count::clientName, RitualSummaryLine.Count::times)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Wen Ritual", 2),
                        org.assertj.core.groups.Tuple.tuple("Yu Ritual", 2));
    }

    @Test
    void a_tick_is_taken_back_only_on_its_own_day_and_each_partner_sees_the_others() {
        at("2026-06-01T08:00:00Z");
        RitualRecord checkIn = add(therapist, RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY);
        RitualRecord own = add(she, null, "  Tea on the desk  ", Frequency.DAILY);
        assertThat(own.name()).isEqualTo("Tea on the desk");
        assertThat(own.addedByClient()).isTrue();

        tick(he, checkIn);
        List<MyRitual> hers = users.as(she.username(), rituals::myRituals);
        assertThat(hers).extracting(m -> m.ritual().id()).containsExactly(checkIn.id(), own.id());
        assertThat(hers.getFirst().doneByMe()).isFalse();
        assertThat(hers.getFirst().othersDone()).containsExactly("Wen Ritual");

        users.run(he.username(), () -> rituals.undoTick(checkIn.id()));
        assertThat(users.as(he.username(), rituals::myRituals).getFirst().doneByMe()).isFalse();

        tick(he, checkIn);
        at("2026-06-02T08:00:00Z"); // Tuesday: same week, another day
        MyRitual mine = users.as(he.username(), rituals::myRituals).getFirst();
        assertThat(mine.doneByMe()).isTrue();
        assertThat(mine.canUndo()).isFalse();
        assertThatThrownBy(() -> users.run(he.username(), () -> rituals.undoTick(checkIn.id())))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void only_the_cases_clients_tick_and_only_its_therapist_reads_the_counts() {
        RitualRecord gesture = add(therapist, RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY);
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person stranger = data.client("Stranger Ritual");
        Person otherTherapist = data.therapist();
        data.enrolledCase(otherTherapist, Lens.CONNECTION, 3, stranger);

        assertThatThrownBy(() -> tick(stranger, gesture)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tick(therapist, gesture)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(otherTherapist.username(), () -> rituals.weeklyCounts(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(he.username(), () -> rituals.weeklyCounts(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(stranger.username(), () -> rituals.addRitual(caseId,
                new RitualInput(RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(he.username(), () -> rituals.stopRitual(gesture.id(), gesture.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(stranger.username(), rituals::myRituals)).isEmpty();

        users.run(therapist.username(), () -> rituals.stopRitual(gesture.id(), gesture.version()));
        assertThat(users.as(he.username(), rituals::myRituals)).isEmpty();
        assertThatThrownBy(() -> tick(he, gesture)).isInstanceOf(ValidationProblem.class);
    }

    @Test
    void rituals_are_chosen_by_the_week_shown_so_a_stopped_one_stays_counted_for_its_weeks() {
        at("2026-06-01T08:00:00Z"); // Monday 1 June, 09:00 in London
        RitualRecord gesture = add(therapist, RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY);
        at("2026-06-03T09:00:00Z");
        tick(he, gesture);
        at("2026-06-04T09:00:00Z"); // Thursday: the therapist stops it
        users.run(therapist.username(), () -> rituals.stopRitual(gesture.id(), gesture.version()));
        at("2026-06-07T23:30:00Z"); // Sunday in UTC, Monday 8 June 00:30 in London: added in the next week
        RitualRecord walk = add(she, null, "Evening walk", Frequency.DAILY);
        at("2026-06-10T09:00:00Z");
        tick(he, walk);

        RitualWeeks weeks = users.as(therapist.username(), () -> rituals.weeklyCounts(caseId));
        assertThat(weeks.rows()).extracting(row -> row.ritual().id()).contains(gesture.id(), walk.id());
        assertThat(counts(weeks, gesture, he)).endsWith(1, 0);
        assertThat(counts(weeks, walk, he)).endsWith(0, 1);
        RitualRecord stopped = weeks.rows().stream().filter(r -> r.ritual().id() == gesture.id()).findFirst()
                .orElseThrow().ritual();
        assertThat(stopped.stoppedOn()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(walk.stoppedOn()).isNull();

        // The week of 1 June: the stopped ritual with its tick, not the one added after that week.
        List<RitualSummaryLine> first = users.as(therapist.username(),
                () -> rituals.summaryLines(caseId, LocalDate.of(2026, 6, 4)));
        assertThat(first).extracting(l -> l.ritual().id()).containsExactly(gesture.id());
        assertThat(first.getFirst().counts()).extracting(RitualSummaryLine.Count::times).containsExactly(1, 0);
        // The week of 8 June: only the new one.
        assertThat(users.as(therapist.username(), () -> rituals.summaryLines(caseId, LocalDate.of(2026, 6, 10))))
                .extracting(l -> l.ritual().id()).containsExactly(walk.id());

        // Once its weeks have left the table, the stopped ritual leaves it too.
        at("2026-08-05T09:00:00Z");
        assertThat(users.as(therapist.username(), () -> rituals.weeklyCounts(caseId)).rows())
                .extracting(row -> row.ritual().id()).doesNotContain(gesture.id()).contains(walk.id());
    }
    @Test
    void the_database_refuses_a_ritual_without_a_name_or_with_an_unknown_frequency_or_suggestion() {
        RitualRecord ok = add(therapist, RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY);
        String insert = "INSERT INTO ritual (case_id, suggestion, name, frequency, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, NOW(6))";
        assertThatThrownBy(() -> jdbc.update(insert, caseId, null, null, "DAILY", therapist.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, caseId, null, "Walk", "MONTHLY", therapist.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, caseId, "HUG", null, "DAILY", therapist.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO exercise_lens_tag (exercise_id, lens) SELECT id, 'MYSTERY'"
                + " FROM exercise LIMIT 1")).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(ok.id()).isPositive();
    }
    @Test
    void a_tap_that_raced_another_devices_tap_counts_once_without_an_error() {
        at("2026-06-03T09:00:00Z");
        RitualRecord gesture = add(therapist, RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY);
        tick(he, gesture);
        // What the second device's insert meets once it got past the check: the period is taken.
        int added = transactions.execute(tx -> tickRepository.insertOnce(gesture.id(), he.id(),
                LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 3), Instant.parse("2026-06-03T09:00:01Z")));
        assertThat(added).isLessThanOrEqualTo(1);
        RitualWeeks weeks = users.as(therapist.username(), () -> rituals.weeklyCounts(caseId));
        assertThat(counts(weeks, gesture, he)).endsWith(1);
    }
}
