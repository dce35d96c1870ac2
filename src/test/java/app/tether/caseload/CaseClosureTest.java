package app.tether.caseload;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionFilter;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.reports.PaperSize;
import app.tether.scales.ScaleService;
import app.tether.scales.SessionRating;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.CaseExportService;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import app.tether.sessions.SummaryCopy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Closing and reopening a case, what a closed case refuses and still allows, lens changes, duplicates. */
@IntegrationTest
class CaseClosureTest {

    @Autowired CaseloadService caseload;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService myHomework;
    @Autowired ExceptionLogService exceptions;
    @Autowired ScaleService scales;
    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired CaseExportService exports;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    TestData data;
    TestUsers users;
    Person therapist;
    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        client = data.client("Chen Closure");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
    }

    private CaseDetails details() {
        return users.as(therapist.username(), () -> caseload.caseDetails(caseId));
    }

    private void close(LocalDate on, String reason) {
        users.run(therapist.username(), () -> caseload.closeCase(caseId, on, reason, details().version()));
    }

    private static ThrowingConsumer<Throwable> closedMessage(LocalDate on) {
        Date day = Date.from(on.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return t -> assertThat(((ValidationProblem) t).errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("validation.case.closed");
            assertThat(e.args()).containsExactly(day);
        });
    }

    private List<String> auditActions() {
        return jdbc.queryForList("SELECT action FROM audit_event WHERE case_id = ? ORDER BY seq", String.class, caseId);
    }

    @Test
    void the_treating_therapist_closes_the_case_with_date_and_reason_and_it_leaves_the_caseload() {
        LocalDate on = LocalDate.now();
        close(on, "  Goals reached; ending by agreement.  ");

        CaseDetails d = details();
        assertThat(d.closed()).isTrue();
        assertThat(d.closedOn()).isEqualTo(on);
        assertThat(d.closedReason()).isEqualTo("Goals reached; ending by agreement.");
        assertThat(d.closures()).singleElement().satisfies(c -> {
            assertThat(c.closed()).isTrue();
            assertThat(c.on()).isEqualTo(on);
            assertThat(c.by()).isEqualTo("Test Therapist");
        });
        assertThat(users.as(therapist.username(), caseload::myCaseload)).extracting(CaseSummary::caseId)
                .doesNotContain(caseId);
        assertThat(users.as(therapist.username(), caseload::myClosedCases)).singleElement()
                .satisfies(c -> assertThat(c.closedOn()).isEqualTo(on));
        assertThat(users.as(client.username(), caseload::myCases)).singleElement()
                .satisfies(c -> assertThat(c.closed()).isTrue());
        assertThat(auditActions()).contains("CASE_CLOSED");
    }

    @Test
    void closing_needs_a_day_not_in_the_future_nor_before_the_case_was_opened_and_a_reason() {
        long version = details().version();
        var p = (ValidationProblem) catchThrowable(() -> users.run(therapist.username(),
                () -> caseload.closeCase(caseId, LocalDate.now().plusDays(1), " ", version)));
        assertThat(p.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactlyInAnyOrder("validation.close.future", "validation.reason.required");
        var before = (ValidationProblem) catchThrowable(() -> users.run(therapist.username(),
                () -> caseload.closeCase(caseId, LocalDate.now().minusDays(400), "Moved away", version)));
        assertThat(before.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactly("validation.close.beforeOpened");
        assertThat(details().closed()).isFalse();
    }

    @Test
    void reopening_needs_a_reason_keeps_both_steps_in_the_history_and_brings_the_case_back() {
        close(LocalDate.now(), "Paused by the client");
        var p = (ValidationProblem) catchThrowable(() -> users.run(therapist.username(),
                () -> caseload.reopenCase(caseId, "", details().version())));
        assertThat(p.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactly("validation.reason.required");

        users.run(therapist.username(), () -> caseload.reopenCase(caseId, "The client asked to resume", details().version()));
        CaseDetails d = details();
        assertThat(d.closed()).isFalse();
        assertThat(d.closures()).extracting(ClosureRecord::closed).containsExactly(false, true);
        assertThat(d.closures().getFirst().reason()).isEqualTo("The client asked to resume");
        assertThat(users.as(therapist.username(), caseload::myCaseload)).extracting(CaseSummary::caseId)
                .contains(caseId);
        assertThat(auditActions()).containsSubsequence("CASE_CLOSED", "CASE_REOPENED");
        // Open again: writes work.
        users.run(therapist.username(), () -> scales.setTarget(caseId, 6, 8));
    }

    @Test
    void the_admin_closes_and_reopens_from_the_case_list_and_another_therapist_cannot() {
        Person other = data.therapist();
        assertThatThrownBy(() -> users.run(other.username(),
                () -> caseload.closeCase(caseId, LocalDate.now(), "Not mine", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(client.username(),
                () -> caseload.closeCase(caseId, LocalDate.now(), "Mine", 0)))
                .isInstanceOf(AccessDeniedException.class);

        CaseAdminRow row = users.as("admin", () -> caseload.listCasesForAdmin()).stream()
                .filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
        CaseAdminRow closed = users.as("admin", () -> caseload.closeCase(caseId, LocalDate.now(), "Therapist left",
                row.version()));
        assertThat(closed.closed()).isTrue();
        assertThatThrownBy(() -> users.run(other.username(), () -> caseload.reopenCase(caseId, "Mine now", 0)))
                .isInstanceOf(AccessDeniedException.class);
        CaseAdminRow reopened = users.as("admin", () -> caseload.reopenCase(caseId, "Reassigned", closed.version()));
        assertThat(reopened.closed()).isFalse();
        assertThat(details().closures()).extracting(ClosureRecord::by).containsOnly("Practice Admin");
    }

    @Test
    void a_closed_case_refuses_every_write_in_every_module_with_the_closing_date() {
        Person partner = client;
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        long reviewed = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(hope),
                List.of(partner.id()), null, null))).getFirst().id();
        users.run(partner.username(), () -> myHomework.submit(reviewed, new Answers(Map.of("tonight",
                List.of("A walk"))), myHomework.open(reviewed).summary().version()));
        users.run(therapist.username(), () -> homework.markReviewed(reviewed, "Lovely.",
                homework.submission(reviewed).summary().version()));
        var comment = users.as(therapist.username(), () -> homework.submission(reviewed)).comments().getFirst();
        var assigned = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(hope),
                List.of(partner.id()), null, null))).getFirst();
        var entry = users.as(partner.username(), () -> exceptions.save(caseId, null, new EntryInput(
                LocalDateTime.now().minusHours(2), "Cooking together", null, null, null, null, List.of(), false), 0));
        var session = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(partner.id()), Map.of(partner.id(), 5), "Notes")));
        LocalDate on = LocalDate.now();
        close(on, "Discharged");
        long v = details().version();

        Map<String, Runnable> therapistWrites = new LinkedHashMap<>();
        therapistWrites.put("enrol", () -> caseload.enrol(caseId, Lens.CONNECTION, LocalDate.now(), v));
        therapistWrites.put("changeStage", () -> caseload.changeStage(caseId, 2, "Moving on", v));
        therapistWrites.put("changeLens", () -> caseload.changeLens(caseId, Lens.CONNECTION, "Better fit", v));
        therapistWrites.put("assign", () -> homework.assign(new AssignRequest(caseId, List.of(hope),
                List.of(partner.id()), null, null)));
        therapistWrites.put("changeDueDate", () -> homework.changeDueDate(assigned.id(), LocalDate.now().plusDays(3),
                assigned.version()));
        therapistWrites.put("cancel", () -> homework.cancel(assigned.id(), assigned.version()));
        therapistWrites.put("markReviewed", () -> homework.markReviewed(assigned.id(), "Thanks", assigned.version()));
        therapistWrites.put("addComment", () -> homework.addComment(reviewed, "One more thought"));
        therapistWrites.put("editComment", () -> homework.editComment(comment.id(), "Lovely, and kind.",
                comment.version()));
        therapistWrites.put("mark", () -> exceptions.mark(entry.id(), true, null, null));
        therapistWrites.put("setTarget", () -> scales.setTarget(caseId, 5, 7));
        therapistWrites.put("recordSessionRatings", () -> scales.recordSessionRatings(caseId, session.id(),
                LocalDate.now(), Map.of(partner.id(), new SessionRating(6, null))));
        therapistWrites.put("create session", () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusMinutes(10), List.of(partner.id()), Map.of(), null)));
        therapistWrites.put("update session", () -> sessions.update(session.id(), new SessionInput(
                session.heldAt(), List.of(partner.id()), Map.of(), "Changed"), session.version()));
        therapistWrites.put("setHomework", () -> sessions.setHomework(session.id(), new AssignRequest(caseId,
                List.of(hope), List.of(partner.id()), null, null)));
        therapistWrites.forEach((name, write) -> assertThat(catchThrowable(() -> users.run(therapist.username(), write)))
                .as(name).isInstanceOf(ValidationProblem.class).satisfies(closedMessage(on)));

        Answers answers = new Answers(Map.of("tonight", List.of("A walk")));
        Map<String, Runnable> clientWrites = new LinkedHashMap<>();
        clientWrites.put("saveDraft", () -> myHomework.saveDraft(assigned.id(), answers, null));
        clientWrites.put("submit", () -> myHomework.submit(assigned.id(), answers, assigned.version()));
        clientWrites.put("save entry", () -> exceptions.save(caseId, null, new EntryInput(LocalDateTime.now(),
                "Shopping", null, null, null, null, List.of(), false), 0));
        clientWrites.put("save entry draft", () -> exceptions.saveDraft(caseId, new EntryInput(null, "Half", null,
                null, null, null, List.of(), false)));
        clientWrites.put("delete entry", () -> exceptions.delete(entry.id()));
        clientWrites.put("rateToday", () -> scales.rateToday(caseId, 6, null, null));
        clientWrites.forEach((name, write) -> assertThat(catchThrowable(() -> users.run(partner.username(), write)))
                .as(name).isInstanceOf(ValidationProblem.class).satisfies(closedMessage(on)));

        // Nothing changed underneath.
        assertThat(details().enrolment().lens()).isEqualTo(Lens.NARRATIVE);
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments()).hasSize(2);
        assertThat(users.as(therapist.username(), () -> homework.submission(reviewed)).comments())
                .extracting(c -> c.body()).containsExactly("Lovely.");
    }

    @Test
    void a_closed_case_can_still_be_read_printed_and_exported() throws IOException {
        var session = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id()), Map.of(client.id(), 4), "Closing session")));
        users.run(client.username(), () -> exceptions.save(caseId, null, new EntryInput(
                LocalDateTime.now().minusHours(3), "=cmd at breakfast", "We laughed", null, null, null, List.of(), false), 0));
        close(LocalDate.now(), "Done");

        users.run(therapist.username(), () -> {
            assertThat(homework.caseHomework(caseId).assignments()).isEmpty();
            assertThat(exceptions.review(caseId, ExceptionFilter.none(), 0, 10)).hasSize(1);
            assertThat(scales.caseScale(caseId).ratings()).hasSize(1);
            assertThat(sessions.caseSessions(caseId)).hasSize(1);
            assertThat(summaries.print(session.id(), SummaryCopy.fullRecord(), PaperSize.A4).pdf()).isNotEmpty();
        });
        users.run(client.username(), () -> {
            assertThat(exceptions.myEntries(caseId)).hasSize(1);
            assertThat(scales.myScale(caseId).ratings()).hasSize(1);
        });

        var export = users.as(therapist.username(), () -> exports.export(caseId));
        assertThat(export.fileName()).startsWith("tether-case" + caseId + "-record-").endsWith(".zip");
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.zip()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("sessions.csv", "moments.csv", "ratings.csv", "homework-answers.csv");
        assertThat(files.get("sessions.csv")).contains("Closing session");
        // A cell that a spreadsheet would run as a formula is defused.
        assertThat(files.get("moments.csv")).contains("\"'=cmd at breakfast\"", "We laughed");
        assertThat(files.get("ratings.csv")).contains("Chen Closure", "\"4\"");
        assertThat(auditActions()).contains("CASE_EXPORTED");
        assertThatThrownBy(() -> users.run(data.therapist().username(), () -> exports.export(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_lens_changes_with_a_reason_kept_in_the_history() {
        long v = details().version();
        var same = (ValidationProblem) catchThrowable(() -> users.run(therapist.username(),
                () -> caseload.changeLens(caseId, Lens.NARRATIVE, "", v)));
        assertThat(same.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactlyInAnyOrder("validation.lens.same", "validation.reason.required");

        CaseDetails d = users.as(therapist.username(),
                () -> caseload.changeLens(caseId, Lens.THERAPEUTIC_LETTERS, "Writing suits her better", v));
        assertThat(d.enrolment().lens()).isEqualTo(Lens.THERAPEUTIC_LETTERS);
        assertThat(d.enrolment().stage()).isEqualTo(Stage.COLLABORATIVE_ESTABLISHMENT);
        assertThat(d.lensChanges()).singleElement().satisfies(l -> {
            assertThat(l.fromLens()).isEqualTo(Lens.NARRATIVE);
            assertThat(l.toLens()).isEqualTo(Lens.THERAPEUTIC_LETTERS);
            assertThat(l.reason()).isEqualTo("Writing suits her better");
            assertThat(l.changedOn()).isEqualTo(LocalDate.now());
        });
        assertThat(auditActions()).contains("LENS_CHANGED");
        assertThatThrownBy(() -> users.run(data.therapist().username(),
                () -> caseload.changeLens(caseId, Lens.CONNECTION, "Not mine", d.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_lens_change_before_enrolment_is_refused() {
        long unenrolled = data.unenrolledCase(therapist, data.client("Not Yet"));
        var p = (ValidationProblem) catchThrowable(() -> users.run(therapist.username(), () -> caseload.changeLens(
                unenrolled, Lens.CONNECTION, "Why not", caseload.caseDetails(unenrolled).version())));
        assertThat(p.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactly("validation.lens.notEnrolled");
    }

    @Test
    void a_second_case_for_a_client_with_an_open_case_warns_and_is_created_only_when_confirmed() {
        Person partner = data.client("Partner Closure");
        var request = new NewCase(CaseKind.COUPLE, partner.id(), client.id(), therapist.id());
        var warning = (OpenCaseExists) catchThrowable(() -> users.run("admin", () -> caseload.createCase(request)));
        assertThat(warning.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("secondClient");
            assertThat(e.messageKey()).isEqualTo("validation.case.openCaseExists");
            assertThat(e.args()).startsWith("Chen Closure", "Chen Closure");
        });
        assertThat(warning.existing()).singleElement().satisfies(x -> {
            assertThat(x.clientName()).isEqualTo("Chen Closure");
            assertThat(x.openCase().caseId()).isEqualTo(caseId);
            // Entered today, but its programme began 20 days ago: the case is open since then.
            assertThat(x.openCase().openedOn()).isEqualTo(
                    users.as(therapist.username(), () -> caseload.caseDetails(caseId)).enrolment().start());
            assertThat(x.openCase().openedOn()).isBefore(LocalDate.now());
        });
        assertThat(users.as(therapist.username(), caseload::myCaseload)).hasSize(1);

        CaseAdminRow created = users.as("admin", () -> caseload.createCase(request.confirmed()));
        assertThat(created.title()).isEqualTo("Partner Closure & Chen Closure");
        assertThat(users.as(therapist.username(), caseload::myCaseload)).hasSize(2);
    }

    @Test
    void a_closed_case_does_not_count_as_open_for_the_duplicate_warning() {
        close(LocalDate.now(), "Finished");
        CaseAdminRow created = users.as("admin", () -> caseload.createCase(
                new NewCase(CaseKind.INDIVIDUAL, client.id(), null, therapist.id())));
        assertThat(created.closed()).isFalse();
        assertThat(users.as(client.username(), caseload::myCases)).extracting(CaseSummary::closed)
                .containsExactly(false, true);
    }
}
