package app.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.TestData.Person;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.scales.ScaleService;
import app.tether.security.AccountProvisioning;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16: a client's write repeated after its answer was lost (the first try committed, the
 * person clicks again) is stored once.
 */
@IntegrationTest
class RetriedWritesTest {

    @Autowired ExceptionLogService log;
    @Autowired MyHomeworkService myHomework;
    @Autowired HomeworkService homework;
    @Autowired ExerciseLibraryService library;
    @Autowired ScaleService scales;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    TestUsers users;
    TestData data;
    Person therapist;
    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Retry Client");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 10, client);
    }

    private static EntryInput moment(String context, UUID key) {
        return new EntryInput(LocalDateTime.now().minusHours(1).withNano(0), context, null, null, null, null,
                List.of("evening"), false, key);
    }

    private int entries(long clientId) {
        return jdbc.queryForObject("select count(*) from exception_entry where client_id = ? and draft = false",
                Integer.class, clientId);
    }

    @Test
    void a_moment_saved_again_with_its_key_is_stored_once_and_the_draft_became_it() {
        UUID key = UUID.randomUUID();
        users.run(client.username(), () -> log.saveDraft(caseId, moment("Tea together", null)));
        var first = users.as(client.username(), () -> log.save(caseId, null, moment("Tea together", key), 0));
        var again = users.as(client.username(), () -> log.save(caseId, null, moment("Tea together", key), 0));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(entries(client.id())).isEqualTo(1);
        assertThat(users.as(client.username(), () -> log.myDraft(caseId))).isNull();
        assertThat(jdbc.queryForObject("select request_key from exception_entry where id = ?", String.class, first.id()))
                .isEqualTo(key.toString());
        // Without a key every save is a new moment, as before.
        users.run(client.username(), () -> log.save(caseId, null, moment("Tea together", null), 0));
        assertThat(entries(client.id())).isEqualTo(2);
    }

    @Test
    void text_typed_after_the_lost_answer_goes_into_the_same_moment_and_its_autosave_goes() {
        UUID key = UUID.randomUUID();
        var first = users.as(client.username(), () -> log.save(caseId, null, moment("We walked", key), 0));
        // The form still shows the moment; the client types on (the autosave keeps a draft) and saves again.
        users.run(client.username(), () -> log.saveDraft(caseId, moment("We walked by the river", null)));
        var again = users.as(client.username(), () -> log.save(caseId, null, moment("We walked by the river", key), 0));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.context()).isEqualTo("We walked by the river");
        assertThat(entries(client.id())).isEqualTo(1);
        assertThat(users.as(client.username(), () -> log.myDraft(caseId))).isNull();
    }

    @Test
    void a_key_is_its_authors_own() {
        Person other = data.client("Other Client");
        long otherCase = data.enrolledCase(therapist, Lens.CONNECTION, 10, other);
        UUID key = UUID.randomUUID();
        var mine = users.as(client.username(), () -> log.save(caseId, null, moment("Mine", key), 0));
        // Another client with the same key writes their own moment and never gets this one.
        var theirs = users.as(other.username(), () -> log.save(otherCase, null, moment("Theirs", key), 0));
        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(theirs.context()).isEqualTo("Theirs");
        // ...nor by naming this case.
        assertThatThrownBy(() -> users.run(other.username(), () -> log.save(caseId, null, moment("Mine", key), 0)))
                .isInstanceOf(AccessDeniedException.class);
        // The author's key used in another of their cases is refused, not mixed up.
        long secondCase = data.enrolledCase(therapist, Lens.NARRATIVE, 3, client);
        assertThatThrownBy(() -> users.run(client.username(), () -> log.save(secondCase, null, moment("Mine", key), 0)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.exception.keyReused"));
        assertThat(entries(client.id())).isEqualTo(1);
    }

    @Test
    void a_moment_from_homework_saved_again_is_stored_once() {
        UUID key = UUID.randomUUID();
        var first = users.as(client.username(), () -> log.addMoment(caseId, moment("From homework", key)));
        var again = users.as(client.username(), () -> log.addMoment(caseId, moment("From homework", key)));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(entries(client.id())).isEqualTo(1);
    }

    private long textExercise() {
        return users.as(therapist.username(), () -> library.create(new ExerciseDraft("Retry exercise " + UUID.randomUUID(),
                1, "Write one line.", false, List.of(new ExerciseDraft.FieldDraft("One line", FieldKind.TEXT, null,
                        null, null, true))))).id();
    }

    @Test
    void homework_sent_again_after_a_lost_answer_is_one_submission_shown_as_sent() {
        long exercise = textExercise();
        var given = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(exercise),
                List.of(client.id()), null, null))).getFirst();
        var opened = users.as(client.username(), () -> myHomework.open(given.id()));
        String key = opened.fields().getFirst().key();
        var answers = new Answers(Map.of(key, List.of("A calm evening")));
        long version = opened.summary().version();
        var sent = users.as(client.username(), () -> myHomework.submit(given.id(), answers, version));
        // The same click again, with the version the page showed before the answer was lost.
        var again = users.as(client.username(), () -> myHomework.submit(given.id(), answers, version));
        assertThat(again.submissions()).hasSize(1);
        assertThat(again.summary().version()).isEqualTo(sent.summary().version());
        assertThat(jdbc.queryForObject("select count(*) from answer_set where assignment_id = ? and kind = 'SUBMISSION'",
                Integer.class, given.id())).isEqualTo(1);
        // Other answers on that old version are still refused as stale, not sent as a second version.
        assertThatThrownBy(() -> users.run(client.username(), () -> myHomework.submit(given.id(),
                new Answers(Map.of(key, List.of("Something else"))), version)))
                .isInstanceOf(StaleDataException.class);
        // The wrong client cannot send it, retry or not.
        Person other = data.client("Other Client");
        data.enrolledCase(therapist, Lens.CONNECTION, 10, other);
        assertThatThrownBy(() -> users.run(other.username(), () -> myHomework.submit(given.id(), answers, version)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rating_today_again_keeps_one_rating_for_the_day() {
        users.run(client.username(), () -> scales.rateToday(caseId, 4, "first", null));
        users.run(client.username(), () -> scales.rateToday(caseId, 4, "first", null));
        users.run(client.username(), () -> scales.rateToday(caseId, 5, "later", null));
        assertThat(jdbc.queryForList("select value, note from scale_rating where client_id = ? and source = 'HOME'",
                client.id())).singleElement().satisfies(r -> {
                    assertThat(((Number) r.get("value")).intValue()).isEqualTo(5);
                    assertThat(r.get("note")).isEqualTo("later");
                });
    }
}
