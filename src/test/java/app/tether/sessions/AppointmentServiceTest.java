package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.PracticeTime;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AppointmentServiceTest {

    @Autowired AppointmentService appointments;
    @Autowired AppointmentRepository repository;
    @Autowired SessionService sessions;
    @Autowired CalendarFeedService feedService;
    @Autowired CalendarFeeds feeds;
    @Autowired CaseloadService caseload;
    @Autowired app.tether.home.HomeService home;
    @Autowired PracticeTime time;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person otherTherapist;
    Person a;
    Person b;
    Person solo;
    long coupleCase;
    long soloCase;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        otherTherapist = data.therapist();
        a = data.client("Wu Hua");
        b = data.client("Sun Li");
        solo = data.client("Gao Yan");
        coupleCase = data.enrolledCase(therapist, Lens.CONNECTION, 10, a, b);
        soloCase = data.enrolledCase(therapist, Lens.NARRATIVE, 10, solo);
    }

    private LocalDate nextWeek(DayOfWeek day) {
        return time.today().plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
    }

    private AppointmentInput once(LocalDate day, LocalTime start, Person... partners) {
        return new AppointmentInput(day, start, 50, java.util.Arrays.stream(partners).map(Person::id).toList(),
                AppointmentMode.IN_PERSON, "Room 2", Repeat.NONE, null, null);
    }

    private PlanResult plan(long caseId, AppointmentInput in, boolean accept) {
        return users.as(therapist.username(), () -> appointments.plan(caseId, in, accept));
    }

    /** An appointment that already happened, written straight to the table (planning refuses the past). */
    private Appointment past(long caseId, int daysAgo, Person... partners) {
        return repository.saveAndFlush(new Appointment(caseId, null, time.today().minusDays(daysAgo),
                LocalTime.of(10, 0), 50, Set.of(java.util.Arrays.stream(partners).map(Person::id).toArray(Long[]::new)),
                AppointmentMode.ONLINE, "https://meet.example/abc", therapist.id(), Instant.now()));
    }

    @Test
    void overlapping_appointments_of_the_same_therapist_are_a_warning_that_can_be_overridden() {
        LocalDate day = nextWeek(DayOfWeek.TUESDAY);
        plan(coupleCase, once(day, LocalTime.of(10, 0), a, b), false);

        PlanResult warned = plan(soloCase, once(day, LocalTime.of(10, 30), solo), false);
        assertThat(warned.needsConfirmation()).isTrue();
        assertThat(warned.overlaps()).extracting(Overlap::caseTitle).containsExactly("Wu Hua & Sun Li");
        assertThat(users.as(therapist.username(), () -> appointments.caseAppointments(soloCase))).isEmpty();

        PlanResult accepted = plan(soloCase, once(day, LocalTime.of(10, 30), solo), true);
        assertThat(accepted.saved()).hasSize(1);
        // Back to back is no overlap.
        assertThat(plan(soloCase, once(day, LocalTime.of(11, 20), solo), false).needsConfirmation()).isFalse();
    }

    @Test
    void closing_a_case_cancels_its_appointments_still_ahead_by_the_practice_and_leaves_the_past_alone() {
        Appointment held = past(soloCase, 3, solo);
        plan(soloCase, once(nextWeek(DayOfWeek.MONDAY), LocalTime.of(9, 0), solo), true);
        plan(soloCase, once(nextWeek(DayOfWeek.FRIDAY), LocalTime.of(9, 0), solo), true);

        users.run(therapist.username(), () -> caseload.closeCase(soloCase, time.today(), "Discharged",
                caseload.caseDetails(soloCase).version()));

        var after = users.as(therapist.username(), () -> appointments.caseAppointments(soloCase));
        assertThat(after).filteredOn(r -> r.id() != held.getId())
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(AppointmentStatus.CANCELLED))
                .allSatisfy(r -> assertThat(r.cancelledBy()).isEqualTo(CancelledBy.PRACTICE))
                .hasSize(2);
        assertThat(after).filteredOn(r -> r.id() == held.getId())
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(AppointmentStatus.PLANNED));
        assertThat(users.as(solo.username(), () -> appointments.myNextAppointments(3))).isEmpty();
    }

    @Test
    void the_next_appointment_per_case_is_the_earliest_planned_one_still_ahead() {
        past(soloCase, 2, solo);
        LocalDate monday = nextWeek(DayOfWeek.MONDAY);
        var early = plan(soloCase, once(monday, LocalTime.of(8, 0), solo), true).saved().getFirst();
        plan(soloCase, once(monday, LocalTime.of(15, 0), solo), true);
        plan(soloCase, once(monday, LocalTime.of(11, 0), solo), true);
        plan(soloCase, once(monday.plusDays(3), LocalTime.of(7, 0), solo), true);
        plan(coupleCase, once(monday.plusDays(1), LocalTime.of(9, 30), a, b), true);
        users.run(therapist.username(), () -> appointments.cancel(early.id(), CancelledBy.CLIENT, early.version()));

        var next = users.as(therapist.username(), () -> home.load()).cases().stream()
                .filter(c -> c.caseId() == soloCase || c.caseId() == coupleCase).toList();

        assertThat(next).extracting(c -> c.caseId() + " " + c.nextSession()).containsExactlyInAnyOrder(
                soloCase + " " + monday.atTime(11, 0), coupleCase + " " + monday.plusDays(1).atTime(9, 30));
    }

    @Test
    void another_therapists_appointment_at_the_same_time_is_no_overlap() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        long theirs = data.enrolledCase(otherTherapist, Lens.CONNECTION, 3, data.client("Ola Other"));
        LocalDate day = nextWeek(DayOfWeek.WEDNESDAY);
        users.as(otherTherapist.username(), () -> appointments.plan(theirs, new AppointmentInput(day,
                LocalTime.of(9, 0), 60, caseload.caseDetails(theirs).clients().stream().map(c -> c.accountId())
                .toList(), AppointmentMode.IN_PERSON, null, Repeat.NONE, null, null), false));
        assertThat(plan(soloCase, once(day, LocalTime.of(9, 0), solo), false).needsConfirmation()).isFalse();
    }

    @Test
    void a_weekly_series_keeps_ten_oclock_across_a_daylight_saving_change() throws Exception {
        // The first Monday after which London's clocks next change, two weeks before it.
        var change = time.zone().getRules().nextTransition(time.now().atZone(time.zone()).toInstant());
        LocalDate first = LocalDate.ofInstant(change.getInstant(), time.zone()).minusWeeks(2)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (first.isBefore(time.today())) {
            first = first.plusWeeks(1);
        }
        PlanResult series = plan(coupleCase, new AppointmentInput(first, LocalTime.of(10, 0), 50,
                List.of(a.id(), b.id()), AppointmentMode.IN_PERSON, "Room 2", Repeat.WEEKLY, null, 5), true);
        assertThat(series.saved()).hasSize(5).allSatisfy(r -> assertThat(r.start()).isEqualTo(LocalTime.of(10, 0)));
        assertThat(series.saved()).extracting(AppointmentRecord::day)
                .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3), first.plusWeeks(4));

        // The .ics, read back with ical4j: 10:00 in Europe/London each week, so the UTC hour moves.
        List<ZonedDateTime> starts = series.saved().stream().map(r -> {
            CalendarFile file = users.as(therapist.username(), () -> appointments.calendarFile(r.id()));
            VEvent event = parse(file.ics()).getComponents("VEVENT").stream().map(VEvent.class::cast).findFirst()
                    .orElseThrow();
            assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo(time.zone().getId());
            assertThat(event.getSummary().getValue()).isEqualTo("W. H. & S. L.");
            return ((ZonedDateTime) event.getDateTimeStart().getDate());
        }).toList();
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
        assertThat(starts.stream().map(s -> s.toInstant().atZone(java.time.ZoneOffset.UTC).getHour()).distinct())
                .hasSize(2);
    }

    @Test
    void one_occurrence_moves_or_is_cancelled_without_touching_the_series() {
        LocalDate first = nextWeek(DayOfWeek.THURSDAY);
        List<AppointmentRecord> series = plan(coupleCase, new AppointmentInput(first, LocalTime.of(16, 0), 50,
                List.of(a.id(), b.id()), AppointmentMode.ONLINE, "https://meet.example/x", Repeat.FORTNIGHTLY,
                first.plusWeeks(6), null), true).saved();
        assertThat(series).extracting(AppointmentRecord::day)
                .containsExactly(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6));

        AppointmentRecord second = series.get(1);
        PlanResult moved = users.as(therapist.username(), () -> appointments.move(second.id(), second.day().plusDays(1),
                LocalTime.of(9, 0), 50, true, second.version()));
        AppointmentRecord third = series.get(2);
        AppointmentRecord cancelled = users.as(therapist.username(),
                () -> appointments.cancel(third.id(), CancelledBy.CLIENT, third.version()));
        assertThat(moved.saved().getFirst().seriesId()).isEqualTo(second.seriesId());
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.noticeHours()).isGreaterThan(AppointmentService.LATE_NOTICE_HOURS);
        assertThat(cancelled.lateCancellation()).isFalse();

        List<AppointmentRecord> after = users.as(therapist.username(), () -> appointments.caseAppointments(coupleCase));
        assertThat(after).extracting(r -> r.day() + " " + r.start() + " " + r.status()).containsExactly(
                first + " 16:00 PLANNED",
                second.day().plusDays(1) + " 09:00 PLANNED",
                third.day() + " 16:00 CANCELLED",
                first.plusWeeks(6) + " 16:00 PLANNED");
    }

    @Test
    void attendance_states_make_the_case_record() {
        Appointment attended = past(coupleCase, 14, a, b);
        Appointment missed = past(coupleCase, 7, a, b);
        Appointment late = past(coupleCase, 3, a);
        users.run(therapist.username(), () -> {
            appointments.mark(attended.getId(), AppointmentStatus.ATTENDED, 0);
            appointments.mark(missed.getId(), AppointmentStatus.NOT_ATTENDED, 0);
            appointments.cancel(late.getId(), CancelledBy.CLIENT, 0);
        });
        LocalDate future = nextWeek(DayOfWeek.FRIDAY);
        AppointmentRecord coming = plan(coupleCase, once(future, LocalTime.of(12, 0), a, b), true).saved().getFirst();
        assertThatThrownBy(() -> users.as(therapist.username(),
                () -> appointments.mark(coming.id(), AppointmentStatus.ATTENDED, coming.version())))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.as(therapist.username(),
                () -> appointments.mark(late.getId(), AppointmentStatus.ATTENDED, 1)))
                .isInstanceOf(ValidationProblem.class);

        Attendance record = users.as(therapist.username(), () -> appointments.attendance(coupleCase));
        assertThat(record).isEqualTo(new Attendance(1, 1, 1, 0, 0, 1, 1));
    }

    @Test
    void a_session_recorded_from_an_appointment_is_linked_and_counts_as_attended() {
        Appointment held = past(coupleCase, 1, a, b);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(coupleCase, new SessionInput(
                held.start(), List.of(a.id(), b.id()), Map.of(), "Notes", held.getId())));
        AppointmentRecord after = users.as(therapist.username(), () -> appointments.appointment(held.getId()));
        assertThat(after.sessionId()).isEqualTo(s.id());
        assertThat(after.status()).isEqualTo(AppointmentStatus.ATTENDED);
        // Not twice, and not from another case's appointment.
        assertThatThrownBy(() -> users.as(therapist.username(), () -> sessions.create(coupleCase, new SessionInput(
                held.start(), List.of(a.id()), Map.of(), null, held.getId())))).isInstanceOf(ValidationProblem.class);
        Appointment other = past(soloCase, 1, solo);
        assertThatThrownBy(() -> users.as(therapist.username(), () -> sessions.create(coupleCase, new SessionInput(
                other.start(), List.of(a.id()), Map.of(), null, other.getId()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_client_sees_only_appointments_they_are_expected_at_and_never_another_case() {
        LocalDate day = nextWeek(DayOfWeek.MONDAY);
        plan(coupleCase, once(day, LocalTime.of(9, 0), a, b), true);
        AppointmentRecord individual = plan(coupleCase, once(day.plusDays(1), LocalTime.of(9, 0), a), true)
                .saved().getFirst();
        plan(soloCase, once(day, LocalTime.of(14, 0), solo), true);

        assertThat(users.as(a.username(), () -> appointments.myNextAppointments(5))).hasSize(2);
        List<AppointmentRecord> forB = users.as(b.username(), () -> appointments.myNextAppointments(5));
        assertThat(forB).hasSize(1).allSatisfy(r -> assertThat(r.caseId()).isEqualTo(coupleCase));
        assertThat(forB.getFirst().day()).isEqualTo(day);
        // The partner's individual appointment is not theirs to download either.
        assertThatThrownBy(() -> users.as(b.username(), () -> appointments.calendarFile(individual.id())))
                .isInstanceOf(AccessDeniedException.class);
        Calendar own = parse(users.as(a.username(), () -> appointments.calendarFile(individual.id())).ics());
        assertThat(own.getComponents("VEVENT")).singleElement()
                .satisfies(e -> assertThat(((VEvent) e).getSummary().getValue()).isEqualTo("Therapy session"));
        assertThatThrownBy(() -> users.as(solo.username(), () -> appointments.calendarFile(individual.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_therapist_cannot_read_or_change_appointments_and_a_closed_case_refuses_changes() {
        LocalDate day = nextWeek(DayOfWeek.TUESDAY);
        AppointmentRecord r = plan(soloCase, once(day, LocalTime.of(15, 0), solo), true).saved().getFirst();
        assertThatThrownBy(() -> users.as(otherTherapist.username(), () -> appointments.appointment(r.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(otherTherapist.username(),
                () -> appointments.cancel(r.id(), CancelledBy.THERAPIST, r.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(otherTherapist.username(), () -> appointments.myAppointments(day, day))).isEmpty();
        assertThat(users.as(therapist.username(), () -> appointments.myAppointments(day, day)))
                .extracting(AppointmentRecord::id).contains(r.id());

        users.run(therapist.username(), () -> caseload.closeCase(soloCase, time.today(), "Done",
                caseload.caseDetails(soloCase).version()));
        assertThatThrownBy(() -> plan(soloCase, once(day, LocalTime.of(17, 0), solo), true))
                .isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).hasErrorFor("case")).isTrue());
    }

    @Test
    void the_private_feed_shows_initials_by_default_and_stops_when_revoked() throws Exception {
        plan(coupleCase, once(nextWeek(DayOfWeek.WEDNESDAY), LocalTime.of(10, 0), a, b), true);
        FeedStatus on = users.as(therapist.username(), () -> feedService.newFeedAddress(false));
        assertThat(on.token()).hasSizeGreaterThanOrEqualTo(43);

        String ics = new String(feeds.feed(on.token()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(ics).doesNotContain("Wu Hua").doesNotContain("Sun Li");
        Calendar calendar = parse(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(calendar.getComponents("VEVENT")).map(c -> ((VEvent) c).getSummary().getValue())
                .contains("W. H. & S. L.");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        FeedStatus renewed = users.as(therapist.username(), () -> feedService.newFeedAddress(false));
        assertThat(feeds.feed(on.token())).isEmpty();
        assertThat(feeds.feed(renewed.token())).isPresent();
        users.as(therapist.username(), () -> feedService.turnOffFeed());
        assertThat(feeds.feed(renewed.token())).isEmpty();
        assertThat(feeds.feed("guess")).isEmpty();
    }

    private static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
