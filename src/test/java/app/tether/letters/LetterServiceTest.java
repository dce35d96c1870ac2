package app.tether.letters;

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
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class LetterServiceTest {

    @Autowired LetterService letters;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired app.tether.caseload.CaseloadService caseload;

    TestUsers users;
    Person therapist;
    Person otherTherapist;
    Person a;
    Person b;
    Person admin;
    long caseId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        otherTherapist = data.therapist();
        a = data.client("Ana Letters");
        b = data.client("Ben Letters");
        admin = data.person(Role.ADMIN, "Letters Admin");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 12, a, b);
    }

    private LetterRecord sendTo(String body, Person... to) {
        return users.as(therapist.username(), () -> {
            var draft = letters.startLetter(caseId, new LetterInput(ids(to), "first words"));
            return letters.send(draft.id(), new LetterInput(ids(to), body), draft.version());
        });
    }

    private static List<Long> ids(Person... people) {
        return java.util.Arrays.stream(people).map(Person::id).toList();
    }

    @Test
    void a_draft_is_rewritten_then_sent_and_a_follow_up_leaves_the_sent_letter_as_it_was() {
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId,
                new LetterInput(ids(a, b), "Dear Ana and Ben,")));
        assertThat(draft.draft()).isTrue();
        var saved = users.as(therapist.username(), () -> letters.saveDraft(draft.id(),
                new LetterInput(ids(a, b), "Dear Ana and Ben,\n\nYou named the kettle ritual.\n\n  "), draft.version()));
        assertThat(saved.paragraphs()).containsExactly("Dear Ana and Ben,", "You named the kettle ritual.");
        var sent = users.as(therapist.username(), () -> letters.send(saved.id(),
                new LetterInput(ids(a, b), saved.body()), saved.version()));
        assertThat(sent.sent()).isTrue();

        // A sent letter is not changed, by any route.
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.saveDraft(sent.id(),
                new LetterInput(ids(a, b), "Rewritten"), sent.version())))
                .isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).hasErrorFor("letter")).isTrue());
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.discard(sent.id(), sent.version())))
                .isInstanceOf(ValidationProblem.class);

        var followUp = users.as(therapist.username(), () -> letters.startFollowUp(sent.id()));
        assertThat(followUp.followsId()).isEqualTo(sent.id());
        assertThat(followUp.followsSentAt()).isEqualTo(sent.sentAt());
        assertThat(followUp.recipients()).extracting(LetterRecord.Addressee::clientId).containsExactly(a.id(), b.id());
        var second = users.as(therapist.username(), () -> letters.send(followUp.id(),
                new LetterInput(ids(a), "One more thought, Ana."), followUp.version()));

        var first = users.as(therapist.username(), () -> letters.letter(sent.id()));
        assertThat(first.body()).isEqualTo("Dear Ana and Ben,\n\nYou named the kettle ritual.");
        assertThat(first.version()).isEqualTo(sent.version());
        assertThat(first.sentAt()).isEqualTo(sent.sentAt());
        assertThat(users.as(therapist.username(), () -> letters.caseLetters(caseId)))
                .extracting(LetterRecord::id).containsExactly(second.id(), sent.id());
    }

    @Test
    void a_stale_draft_save_is_refused_and_the_newer_draft_stays() {
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId,
                new LetterInput(ids(a), "Version one")));
        users.run(therapist.username(), () -> letters.saveDraft(draft.id(), new LetterInput(ids(a), "Saved elsewhere"),
                draft.version()));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.saveDraft(draft.id(),
                new LetterInput(ids(a), "Typed here"), draft.version()))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.send(draft.id(),
                new LetterInput(ids(a), "Typed here"), draft.version()))).isInstanceOf(StaleDataException.class);
        assertThat(users.as(therapist.username(), () -> letters.letter(draft.id())).body()).isEqualTo("Saved elsewhere");
    }

    @Test
    void each_partner_reads_only_the_sent_letters_addressed_to_them() {
        var toBoth = sendTo("To you both.", a, b);
        var toA = sendTo("Only for Ana.", a);
        var toB = sendTo("Only for Ben.", b);
        users.run(therapist.username(), () -> letters.startLetter(caseId, new LetterInput(ids(a), "Still a draft")));

        assertThat(users.as(a.username(), () -> letters.myLetters())).extracting(LetterRecord::body)
                .containsExactly("Only for Ana.", "To you both.");
        assertThat(users.as(b.username(), () -> letters.myLetters())).extracting(LetterRecord::id)
                .containsExactly(toB.id(), toBoth.id());
        assertThat(users.as(a.username(), () -> letters.myLetter(toA.id())).body()).isEqualTo("Only for Ana.");
        assertThatThrownBy(() -> users.run(b.username(), () -> letters.myLetter(toA.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(b.username(), () -> letters.print(toA.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_follow_up_to_a_letter_the_partner_never_had_does_not_name_it() {
        var toA = sendTo("Only for Ana.", a);
        var follow = users.as(therapist.username(), () -> letters.startFollowUp(toA.id()));
        var sent = users.as(therapist.username(), () -> letters.send(follow.id(), new LetterInput(ids(a, b),
                "Now to you both."), follow.version()));
        assertThat(users.as(a.username(), () -> letters.myLetter(sent.id())).followsId()).isEqualTo(toA.id());
        assertThat(users.as(b.username(), () -> letters.myLetter(sent.id())).followsId()).isNull();
    }

    @Test
    void another_therapist_a_client_and_the_admin_cannot_reach_drafts_or_write() {
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId, new LetterInput(ids(a), "Draft")));
        assertThatThrownBy(() -> users.run(otherTherapist.username(), () -> letters.letter(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(otherTherapist.username(), () -> letters.caseLetters(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(a.username(), () -> letters.myLetter(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(admin.username(), () -> letters.caseLetters(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(admin.username(), () -> letters.letter(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(a.username(), () -> letters.startLetter(caseId,
                new LetterInput(ids(a), "From me")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sending_needs_a_recipient_and_some_text() {
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId, new LetterInput(ids(a), "")));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.send(draft.id(),
                new LetterInput(ids(a), "   \n\n "), draft.version())))
                .isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).hasErrorFor("body")).isTrue());
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.send(draft.id(),
                new LetterInput(List.of(), "Hello"), draft.version())))
                .isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).hasErrorFor("recipients")).isTrue());
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.saveDraft(draft.id(),
                new LetterInput(ids(a), "x".repeat(LetterService.BODY_MAX + 1)), draft.version())))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void a_closed_case_keeps_its_letters_readable_but_takes_no_new_ones() {
        var sent = sendTo("Before the end.", a);
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId, new LetterInput(ids(a), "Unsent")));
        users.run(therapist.username(), () -> caseload.closeCase(caseId, java.time.LocalDate.now(), "Work completed",
                caseload.caseDetails(caseId).version()));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.startLetter(caseId,
                new LetterInput(ids(a), "After")))).isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.saveDraft(draft.id(),
                new LetterInput(ids(a), "After"), draft.version()))).isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> letters.startFollowUp(sent.id())))
                .isInstanceOf(ValidationProblem.class);
        assertThat(users.as(therapist.username(), () -> letters.caseLetters(caseId))).hasSize(2);
        assertThat(users.as(a.username(), () -> letters.myLetters())).extracting(LetterRecord::body)
                .containsExactly("Before the end.");
    }
}
