package app.tether.sessions;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.programme.FrameworkCatalog;
import app.tether.reports.PaperSize;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.scales.SessionRating;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class SessionServiceTest {

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired ScaleService scales;
    @Autowired app.tether.caseload.CaseloadService caseload;
    @Autowired app.tether.exceptionlog.ExceptionLogService exceptions;
    @Autowired app.tether.homework.HomeworkService homework;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    TestData data;
    Person therapist;
    Person otherTherapist;
    Person a;
    Person b;
    Person stranger;
    Person admin;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        otherTherapist = data.therapist();
        a = data.client("Wu Hua");
        b = data.client("Sun Li");
        stranger = data.client("Gao Yan");
        admin = data.person(Role.ADMIN, "Admin Person");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, a, b);
        data.enrolledCase(otherTherapist, Lens.NARRATIVE, 5, stranger);
    }

    private SessionInput input(LocalDateTime at, Map<Long, Integer> ratings, String notes, Person... attending) {
        return new SessionInput(at, java.util.Arrays.stream(attending).map(Person::id).toList(), ratings, notes);
    }

    private SessionRecord create(SessionInput in) {
        return users.as(therapist.username(), () -> sessions.create(caseId, in));
    }

    @Test
    void sessions_are_numbered_in_date_order_even_when_an_earlier_one_is_entered_late() {
        SessionRecord later = create(input(LocalDateTime.now().minusDays(2), Map.of(), null, a, b));
        SessionRecord earlier = create(input(LocalDateTime.now().minusDays(9), Map.of(), null, a));
        List<SessionRecord> list = users.as(therapist.username(), () -> sessions.caseSessions(caseId));
        assertThat(list).extracting(SessionRecord::id).containsExactly(later.id(), earlier.id());
        assertThat(list).extracting(SessionRecord::number).containsExactly(2, 1);
        assertThat(list.getLast().attendees()).extracting(r -> r.displayName()).containsExactly("Wu Hua");
    }

    @Test
    void the_stage_and_programme_day_are_those_of_the_session_date() {
        caseProvisioning.recordStageChange(caseId, 2, "on", LocalDate.now().minusDays(12));
        SessionRecord before = create(input(LocalDateTime.now().minusDays(15), Map.of(), null, a));
        SessionRecord after = create(input(LocalDateTime.now().minusDays(3), Map.of(), null, a));
        assertThat(before.stage()).isEqualTo(1);
        assertThat(before.programmeDay()).isEqualTo(6);
        assertThat(after.stage()).isEqualTo(2);
        assertThat(after.programmeDay()).isEqualTo(18);
    }

    @Test
    void in_session_ratings_join_the_scale_trend_and_move_with_the_session() {
        LocalDateTime at = LocalDateTime.now().minusDays(4);
        SessionRecord s = create(input(at, Map.of(a.id(), 4, b.id(), 6), "notes", a, b));
        assertThat(s.ratings()).containsEntry(a.id(), 4).containsEntry(b.id(), 6);
        var trend = users.as(therapist.username(), () -> scales.caseScale(caseId));
        assertThat(trend.ratings()).filteredOn(r -> r.source() == RatingSource.SESSION)
                .extracting(r -> r.day() + ":" + r.value()).containsExactlyInAnyOrder(
                        at.toLocalDate() + ":4", at.toLocalDate() + ":6");

        LocalDateTime moved = at.minusDays(1);
        SessionRecord updated = users.as(therapist.username(), () -> sessions.update(s.id(),
                input(moved, Map.of(a.id(), 5), "notes", a), s.version()));
        assertThat(updated.ratings()).containsOnly(Map.entry(a.id(), 5));
        trend = users.as(therapist.username(), () -> scales.caseScale(caseId));
        assertThat(trend.ratings()).filteredOn(r -> r.source() == RatingSource.SESSION)
                .extracting(r -> r.day() + ":" + r.clientName() + ":" + r.value())
                .containsExactly(moved.toLocalDate() + ":Wu Hua:5");
    }

    @Test
    void bad_input_is_refused_field_by_field() {
        var problem = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationProblem.class,
                () -> create(new SessionInput(null, List.of(), Map.of(a.id(), 11), "x".repeat(SessionService.NOTES_MAX + 1))));
        assertThat(problem.errors()).extracting(ValidationProblem.FieldError::field)
                .containsExactlyInAnyOrder("heldAt", "attendees", "rating-" + a.id(), "notes");
        var future = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationProblem.class,
                () -> create(input(LocalDateTime.now().plusDays(2), Map.of(), null, a)));
        assertThat(future.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactly("validation.session.future");
        var absent = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationProblem.class,
                () -> create(input(LocalDateTime.now(), Map.of(b.id(), 5), null, a)));
        assertThat(absent.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactly("validation.session.ratingNeedsAttendance");
        assertThat(users.as(therapist.username(), () -> sessions.caseSessions(caseId))).isEmpty();
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_one_kept() {
        SessionRecord s = create(input(LocalDateTime.now().minusDays(1), Map.of(), "first", a));
        users.run(therapist.username(), () -> sessions.update(s.id(), input(s.heldAt(), Map.of(), "second", a),
                s.version()));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> sessions.update(s.id(),
                input(s.heldAt(), Map.of(), "stale", a), s.version()))).isInstanceOf(StaleDataException.class);
        assertThat(users.as(therapist.username(), () -> sessions.session(s.id())).notes()).isEqualTo("second");
    }

    @Test
    void homework_set_at_a_session_is_listed_with_it() {
        SessionRecord s = create(input(LocalDateTime.now().minusHours(2), Map.of(), null, a, b));
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        var created = users.as(therapist.username(), () -> sessions.setHomework(s.id(),
                new AssignRequest(caseId, List.of(hope), List.of(a.id()), LocalDate.now().plusDays(5), "small")));
        assertThat(users.as(therapist.username(), () -> sessions.session(s.id())).homeworkIds())
                .containsExactly(created.getFirst().id());
        assertThatThrownBy(() -> users.run(therapist.username(), () -> sessions.setHomework(s.id(),
                new AssignRequest(caseId, List.of(hope), List.of(stranger.id()), null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_of_another_case_cannot_be_recorded_as_attending() {
        assertThatThrownBy(() -> create(input(LocalDateTime.now(), Map.of(), null, a, stranger)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(input(LocalDateTime.now(), Map.of(stranger.id(), 3), null, a)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_day_list_holds_only_the_therapists_own_sessions() {
        create(input(LocalDate.now().atTime(0, 1), Map.of(), null, a));
        assertThat(users.as(therapist.username(), () -> sessions.sessionsOn(LocalDate.now())))
                .extracting(DaySession::caseTitle).containsExactly("Wu Hua & Sun Li");
        assertThat(users.as(otherTherapist.username(), () -> sessions.sessionsOn(LocalDate.now())))
                .noneMatch(d -> d.caseId() == caseId);
    }

    @Test
    void two_sessions_on_one_day_keep_their_own_ratings() {
        LocalDateTime morning = LocalDate.now().minusDays(1).atTime(9, 0);
        SessionRecord first = create(input(morning, Map.of(a.id(), 3), null, a));
        SessionRecord second = create(input(morning.plusHours(6), Map.of(b.id(), 6), null, b));
        users.run(therapist.username(), () -> sessions.update(second.id(),
                input(second.heldAt(), Map.of(b.id(), 7), "seen alone", b), second.version()));
        assertThat(users.as(therapist.username(), () -> sessions.session(first.id())).ratings())
                .containsOnly(Map.entry(a.id(), 3));
        assertThat(users.as(therapist.username(), () -> sessions.session(second.id())).ratings())
                .containsOnly(Map.entry(b.id(), 7));
        // Moving the first session to another day takes its rating along and leaves the other alone.
        users.run(therapist.username(), () -> sessions.update(first.id(),
                input(morning.minusDays(2), Map.of(a.id(), 3), null, a), first.version()));
        var trend = users.as(therapist.username(), () -> scales.caseScale(caseId));
        assertThat(trend.ratings()).filteredOn(r -> r.source() == RatingSource.SESSION)
                .extracting(r -> r.day() + ":" + r.clientName() + ":" + r.value())
                .containsExactly(morning.minusDays(2).toLocalDate() + ":Wu Hua:3",
                        morning.toLocalDate() + ":Sun Li:7");
    }

    @Test
    void every_edit_keeps_the_version_it_replaced() {
        SessionRecord s = create(input(LocalDateTime.now().minusDays(1), Map.of(), "first words", a));
        SessionRecord second = users.as(therapist.username(), () -> sessions.update(s.id(),
                input(s.heldAt(), Map.of(), "second words", a, b), s.version()));
        users.run(therapist.username(), () -> sessions.update(s.id(), input(s.heldAt(), Map.of(), "third words", a),
                second.version()));
        List<RevisionRecord> earlier = users.as(therapist.username(), () -> sessions.revisions(s.id()));
        assertThat(earlier).extracting(RevisionRecord::revision).containsExactly(2, 1);
        assertThat(earlier).extracting(RevisionRecord::notes).containsExactly("second words", "first words");
        assertThat(earlier.getFirst().attendees()).containsExactly("Wu Hua", "Sun Li");
        assertThat(earlier.getFirst().replacedBy()).isEqualTo("Test Therapist");
        assertThat(users.as(therapist.username(), () -> sessions.session(s.id())).notes()).isEqualTo("third words");
    }

    @Test
    void an_earlier_version_keeps_the_in_session_ratings_it_had() {
        SessionRecord s = create(input(LocalDateTime.now().minusDays(1), Map.of(a.id(), 3, b.id(), 5), "first", a, b));
        SessionRecord second = users.as(therapist.username(), () -> sessions.update(s.id(),
                input(s.heldAt(), Map.of(a.id(), 4), "second", a, b), s.version()));
        users.run(therapist.username(), () -> sessions.update(s.id(), input(s.heldAt(), Map.of(a.id(), 6, b.id(), 7),
                "third", a, b), second.version()));
        List<RevisionRecord> earlier = users.as(therapist.username(), () -> sessions.revisions(s.id()));
        assertThat(earlier).extracting(r -> r.ratings().stream().map(x -> x.clientName() + " " + x.value()).toList())
                .containsExactly(List.of("Wu Hua 4"), List.of("Wu Hua 3", "Sun Li 5"));
        assertThat(users.as(therapist.username(), () -> sessions.session(s.id())).ratings())
                .containsExactlyInAnyOrderEntriesOf(Map.of(a.id(), 6, b.id(), 7));
    }

    private SessionInput withFollowUps(LocalDateTime at, Map<Long, Integer> ratings,
                                       Map<Long, ScaleFollowUp> followUps, Person... attending) {
        return new SessionInput(at, java.util.Arrays.stream(attending).map(Person::id).toList(), ratings, null, null,
                followUps);
    }

    @Test
    void each_partners_follow_ups_are_kept_with_their_own_rating_and_replaced_by_an_edit() {
        LocalDateTime at = LocalDateTime.now().minusDays(2);
        SessionRecord s = create(withFollowUps(at, Map.of(a.id(), 4, b.id(), 6),
                Map.of(a.id(), new ScaleFollowUp("Tea on the desk this morning.", "Saying good night."),
                        b.id(), new ScaleFollowUp(null, "A walk on Sunday.")), a, b));
        assertThat(s.followUps()).containsOnly(
                Map.entry(a.id(), new ScaleFollowUp("Tea on the desk this morning.", "Saying good night.")),
                Map.entry(b.id(), new ScaleFollowUp(null, "A walk on Sunday.")));
        assertThat(users.as(therapist.username(), () -> scales.caseScale(caseId)).ratings())
                .filteredOn(r -> r.source() == RatingSource.SESSION)
                .extracting(r -> r.clientName() + ":" + r.value() + ":" + r.followUp().oneHigher())
                .containsExactlyInAnyOrder("Wu Hua:4:Saying good night.", "Sun Li:6:A walk on Sunday.");

        // An edit replaces them (a partner whose answers are cleared keeps the rating alone); the
        // version it replaced keeps what each partner had said.
        SessionRecord edited = users.as(therapist.username(), () -> sessions.update(s.id(), withFollowUps(at,
                Map.of(a.id(), 5, b.id(), 6), Map.of(a.id(), new ScaleFollowUp("We laughed at dinner.", null)), a, b),
                s.version()));
        assertThat(edited.followUps()).containsOnly(Map.entry(a.id(), new ScaleFollowUp("We laughed at dinner.", null)));
        assertThat(edited.ratings()).containsEntry(b.id(), 6);
        List<RevisionRecord> earlier = users.as(therapist.username(), () -> sessions.revisions(s.id()));
        assertThat(earlier.getFirst().ratings()).extracting(RevisionRecord.Rating::clientName,
                RevisionRecord.Rating::followUp).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Wu Hua",
                        new ScaleFollowUp("Tea on the desk this morning.", "Saying good night.")),
                org.assertj.core.groups.Tuple.tuple("Sun Li", new ScaleFollowUp(null, "A walk on Sunday.")));
    }

    @Test
    void follow_ups_need_a_rating_and_stay_within_the_limit() {
        String tooLong = "z".repeat(ScaleService.FOLLOW_UP_MAX + 1);
        var problem = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationProblem.class,
                () -> create(withFollowUps(LocalDateTime.now().minusHours(1), Map.of(a.id(), 5),
                        Map.of(a.id(), new ScaleFollowUp(tooLong, null), b.id(), new ScaleFollowUp("said", null)),
                        a, b)));
        assertThat(problem.errors()).extracting(ValidationProblem.FieldError::field, ValidationProblem.FieldError::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("notLower-" + a.id(), "validation.text.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("rating-" + b.id(), "validation.session.followUpNeedsRating"));
        assertThat(users.as(therapist.username(), () -> sessions.caseSessions(caseId))).isEmpty();
        // Blank answers are no answers: nothing to refuse for a partner who was not rated.
        SessionRecord s = create(withFollowUps(LocalDateTime.now().minusHours(1), Map.of(a.id(), 5),
                Map.of(b.id(), new ScaleFollowUp("  ", "")), a, b));
        assertThat(s.followUps()).isEmpty();
    }

    @Test
    void an_enrolment_entered_late_counts_from_its_start_date() {
        Person client = data.client("Late Entry");
        long late = data.unenrolledCase(therapist, client);
        users.run(therapist.username(), () -> caseload.enrol(late, Lens.NARRATIVE, LocalDate.now().minusDays(10),
                caseload.caseDetails(late).version()));
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(late, new SessionInput(
                LocalDateTime.now().minusDays(8), List.of(client.id()), Map.of(), null)));
        assertThat(s.stage()).isEqualTo(1);
        assertThat(s.programmeDay()).isEqualTo(3);
    }

    /** Every method that takes a case or session id, tried by each kind of wrong user. */
    @Test
    void wrong_users_are_refused_every_session_method() {
        SessionRecord s = create(input(LocalDateTime.now().minusDays(1), Map.of(a.id(), 3), "private", a, b));
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("caseSessions", () -> sessions.caseSessions(caseId));
        calls.put("session", () -> sessions.session(s.id()));
        calls.put("create", () -> sessions.create(caseId, input(LocalDateTime.now(), Map.of(), null, a)));
        calls.put("update", () -> sessions.update(s.id(), input(s.heldAt(), Map.of(), "changed", a), s.version()));
        calls.put("setHomework", () -> sessions.setHomework(s.id(),
                new AssignRequest(caseId, List.of(hope), List.of(a.id()), null, null)));
        calls.put("print", () -> summaries.print(s.id(), SummaryCopy.fullRecord(), PaperSize.A4));
        calls.put("printClientCopy", () -> summaries.print(s.id(), SummaryCopy.forClient(a.id()), PaperSize.A4));
        calls.put("revisions", () -> sessions.revisions(s.id()));
        calls.put("sessionRatings", () -> scales.sessionRatings(caseId, s.id()));
        calls.put("recordSessionRatings", () -> scales.recordSessionRatings(caseId, s.id(), LocalDate.now(),
                Map.of(a.id(), new SessionRating(2, null))));
        calls.put("exceptionsBetween", () -> exceptions.between(caseId, null, LocalDateTime.now()));
        calls.put("homeworkSummaryLines", () -> homework.summaryLines(caseId, java.time.Instant.now(), java.util.Locale.UK));
        for (Person wrong : List.of(otherTherapist, a, b, stranger, admin)) {
            calls.forEach((name, call) -> assertThatThrownBy(() -> users.run(wrong.username(), call))
                    .as(name + " by " + wrong.displayName()).isInstanceOf(AccessDeniedException.class));
        }
        for (Person client : List.of(a, b, stranger, admin)) {
            assertThatThrownBy(() -> users.run(client.username(), () -> sessions.sessionsOn(LocalDate.now())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.as(therapist.username(), () -> sessions.session(s.id())).notes()).isEqualTo("private");
    }
}
