package app.tether.homework;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A review comment can be changed until the client has read it; then a new one follows. */
@IntegrationTest
class ReviewCommentTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    TestUsers users;
    TestData data;
    Person therapist;
    Person client;
    long caseId;
    long assignmentId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Han Xue");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 2, client);
        assignmentId = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(catalog.byCode(HOPE_QUESTIONS).id()), List.of(client.id()), null, null))).getFirst().id();
        users.run(client.username(), () -> mine.submit(assignmentId,
                new Answers(Map.of("tonight", List.of("A walk after dinner"))), mine.open(assignmentId).summary().version()));
        users.run(therapist.username(), () -> homework.markReviewed(assignmentId, "Lovely and concrete.",
                homework.submission(assignmentId).summary().version()));
    }

    private ReviewCommentRecord onlyComment() {
        return users.as(therapist.username(), () -> homework.submission(assignmentId)).comments().getFirst();
    }

    @Test
    void an_unread_comment_is_edited_in_place_and_the_change_is_audited() {
        ReviewCommentRecord c = onlyComment();
        assertThat(c.editable()).isTrue();

        var edited = users.as(therapist.username(), () -> homework.editComment(c.id(), "Lovely, concrete and kind.",
                c.version()));

        assertThat(edited.body()).isEqualTo("Lovely, concrete and kind.");
        assertThat(edited.editedAt()).isNotNull();
        var seen = users.as(client.username(), () -> mine.open(assignmentId));
        assertThat(seen.comments()).extracting(ReviewCommentRecord::body).containsExactly("Lovely, concrete and kind.");
        assertThat(seen.reviewComment()).isEqualTo("Lovely, concrete and kind.");
        assertThat(jdbc.queryForList("""
                SELECT detail FROM audit_event WHERE action = 'RECORD_CHANGED' AND entity_type = 'ReviewComment'
                AND subject_id = ? AND case_id = ?""", String.class, c.id(), caseId))
                .anySatisfy(d -> assertThat(d).contains("body"));
    }

    @Test
    void once_the_client_has_read_it_the_comment_stays_and_a_new_one_follows() {
        ReviewCommentRecord before = onlyComment();
        users.run(client.username(), () -> mine.open(assignmentId));
        ReviewCommentRecord read = onlyComment();
        assertThat(read.readAt()).isNotNull();
        assertThat(read.editable()).isFalse();

        var refused = catchThrowableOfType(ValidationProblem.class, () -> users.run(therapist.username(),
                () -> homework.editComment(read.id(), "Changed after reading", read.version())));
        assertThat(refused.errors()).extracting(e -> e.messageKey()).containsExactly("validation.review.commentRead");
        // A screen still holding the version from before the reading gets the same answer, not a stale-data one.
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.editComment(before.id(), "Changed", before.version()))).isInstanceOf(ValidationProblem.class);

        users.run(therapist.username(), () -> homework.addComment(assignmentId, "One more thought: keep the walks."));

        var forClient = users.as(client.username(), () -> mine.open(assignmentId));
        assertThat(forClient.comments()).extracting(ReviewCommentRecord::body)
                .containsExactly("Lovely and concrete.", "One more thought: keep the walks.");
        assertThat(forClient.reviewComment()).isEqualTo("Lovely and concrete.\n\nOne more thought: keep the walks.");
        assertThat(forClient.comments()).allSatisfy(x -> assertThat(x.readAt()).isNotNull());
    }

    @Test
    void an_edit_from_an_older_screen_is_refused_as_stale() {
        ReviewCommentRecord c = onlyComment();
        users.run(therapist.username(), () -> homework.editComment(c.id(), "First change", c.version()));

        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.editComment(c.id(), "Second change", c.version()))).isInstanceOf(StaleDataException.class);
        assertThat(onlyComment().body()).isEqualTo("First change");
    }

    @Test
    void an_empty_or_too_long_comment_is_refused() {
        ReviewCommentRecord c = onlyComment();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.editComment(c.id(), "  ", c.version())))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.addComment(assignmentId,
                "x".repeat(HomeworkService.COMMENT_MAX + 1)))).isInstanceOf(ValidationProblem.class);
    }

    @Test
    void comments_follow_a_review() {
        long open = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(catalog.byCode(app.tether.programme.FrameworkExercises.COPING_LIST).id()), List.of(client.id()),
                null, null))).getFirst().id();
        var refused = catchThrowableOfType(ValidationProblem.class,
                () -> users.run(therapist.username(), () -> homework.addComment(open, "Too early")));
        assertThat(refused.errors()).extracting(e -> e.messageKey()).containsExactly("validation.review.notReviewed");
    }

    @Test
    void another_therapist_and_the_client_cannot_touch_a_comment() {
        Person other = data.therapist();
        ReviewCommentRecord c = onlyComment();

        assertThatThrownBy(() -> users.run(other.username(), () -> homework.editComment(c.id(), "Mine now", c.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other.username(), () -> homework.addComment(assignmentId, "Mine too")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(client.username(), () -> homework.editComment(c.id(), "Nicer", c.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(onlyComment().body()).isEqualTo("Lovely and concrete.");
    }
}
