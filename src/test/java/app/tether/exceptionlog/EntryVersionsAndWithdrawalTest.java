package app.tether.exceptionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the therapist saw, shared or may have printed survives the author's later edits and deletes. */
@IntegrationTest
class EntryVersionsAndWithdrawalTest {

    @Autowired ExceptionLogService log;
    @Autowired SessionService sessions;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    TestData data;
    Person therapist;
    Person a;
    Person b;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        a = data.client("Qian Mei");
        b = data.client("Lin Tao");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, a, b);
    }

    private static EntryInput input(LocalDateTime at, String context, String... tags) {
        return new EntryInput(at, context, null, null, null, null, List.of(tags), false);
    }

    private <T> T as(Person p, Supplier<T> s) {
        return users.as(p.username(), s);
    }

    private EntryView write(Person who, LocalDateTime at, String context, String... tags) {
        return as(who, () -> log.save(caseId, null, input(at, context, tags), 0));
    }

    private EntryView asTherapistSees(long entryId) {
        return as(therapist, () -> log.review(caseId, ExceptionFilter.none(), 0, 100)).stream()
                .filter(e -> e.id() == entryId).findFirst().orElseThrow();
    }

    @Test
    void editing_a_shared_reviewed_entry_unshares_it_and_keeps_the_earlier_text_for_the_therapist() {
        var entry = write(a, LocalDateTime.now().minusDays(1).withNano(0), "Tea on her desk", "kind gesture");
        var marked = as(therapist, () -> log.mark(entry.id(), true, null, true));
        assertThat(as(b, () -> log.myEntries(caseId))).extracting(EntryView::context).containsExactly("Tea on her desk");
        assertThat(as(a, () -> log.myEntries(caseId)).getFirst()).satisfies(e -> {
            assertThat(e.shared()).isTrue();
            assertThat(e.onRecord()).isTrue();
        });

        var edited = as(a, () -> log.save(caseId, entry.id(), input(entry.happenedAt(), "Something else entirely",
                "evening"), marked.version()));

        assertThat(edited.shared()).isFalse();
        assertThat(edited.reviewed()).isFalse();
        assertThat(as(b, () -> log.myEntries(caseId))).isEmpty();
        var seen = asTherapistSees(entry.id());
        assertThat(seen.context()).isEqualTo("Something else entirely");
        assertThat(seen.earlierVersions()).isEqualTo(1);
        List<EntryVersionView> earlier = as(therapist, () -> log.versions(entry.id()));
        assertThat(earlier).singleElement().satisfies(v -> {
            assertThat(v.context()).isEqualTo("Tea on her desk");
            assertThat(v.tags()).containsExactly("kind gesture");
            assertThat(v.happenedAt()).isEqualTo(entry.happenedAt());
            assertThat(v.wasReviewed()).isTrue();
            assertThat(v.wasShared()).isTrue();
            assertThat(v.replacedBy()).isEqualTo("Qian Mei");
            assertThat(v.replacedAt()).isNotNull();
            assertThat(v.savedAt()).isNotNull();
        });
        // The author and the partner read only the current text.
        assertThat(as(a, () -> log.myEntries(caseId)).getFirst().earlierVersions()).isZero();
    }

    @Test
    void an_entry_edited_after_review_and_then_deleted_is_withdrawn_not_erased() {
        var entry = write(a, LocalDateTime.now().minusDays(1).withNano(0), "Walk by the river");
        var marked = as(therapist, () -> log.mark(entry.id(), true, null, true));
        // The edit clears the marks and moves the moment later; the version keeps it on the record.
        var edited = as(a, () -> log.save(caseId, entry.id(), input(LocalDateTime.now().withNano(0),
                "Rewritten"), marked.version()));
        assertThat(edited.onRecord()).isTrue();
        assertThat(as(a, () -> log.delete(entry.id()))).isTrue();
        var seen = asTherapistSees(entry.id());
        assertThat(seen.withdrawnAt()).isNotNull();
        assertThat(as(therapist, () -> log.versions(entry.id()))).extracting(EntryVersionView::context)
                .containsExactly("Walk by the river");
    }

    @Test
    void an_edit_nobody_has_seen_keeps_no_version_and_an_unchanged_save_keeps_the_marks() {
        var fresh = write(a, LocalDateTime.now().minusHours(3), "First draft of a moment");
        as(a, () -> log.save(caseId, fresh.id(), input(fresh.happenedAt(), "Better words"), fresh.version()));
        assertThat(as(therapist, () -> log.versions(fresh.id()))).isEmpty();

        var reviewed = write(a, LocalDateTime.now().minusHours(2), "Walk by the river", "outdoors");
        var marked = as(therapist, () -> log.mark(reviewed.id(), true, null, true));
        var same = new EntryInput(reviewed.happenedAt(), " Walk by the river ", "", null, null, null,
                List.of("outdoors"), true);
        var saved = as(a, () -> log.save(caseId, reviewed.id(), same, marked.version()));
        assertThat(saved.reviewed()).isTrue();
        assertThat(saved.shared()).isTrue();
        assertThat(as(therapist, () -> log.versions(reviewed.id()))).isEmpty();
    }

    @Test
    void deleting_a_reviewed_entry_withdraws_it_from_both_clients_and_keeps_it_marked_for_the_therapist() {
        LocalDateTime day = LocalDateTime.now().minusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        var entry = write(a, day, "Market together", "shopping together", "weekend");
        write(a, day.minusDays(7), "Cooking", "weekend");
        as(therapist, () -> log.mark(entry.id(), true, null, true));

        boolean kept = as(a, () -> log.delete(entry.id()));

        assertThat(kept).isTrue();
        assertThat(as(a, () -> log.myEntries(caseId))).extracting(EntryView::context).containsExactly("Cooking");
        assertThat(as(b, () -> log.myEntries(caseId))).isEmpty();
        var seen = asTherapistSees(entry.id());
        assertThat(seen.withdrawn()).isTrue();
        assertThat(seen.shared()).isFalse();
        assertThat(seen.context()).isEqualTo("Market together");
        assertThat(as(therapist, () -> log.count(caseId, ExceptionFilter.none()))).isEqualTo(2);
        // Patterns are worked on with the clients: only from what they stand by.
        Patterns p = as(therapist, () -> log.patterns(caseId, null));
        assertThat(p.total()).isEqualTo(1);
        assertThat(p.topTags()).extracting(Patterns.Count::tag).containsExactly("weekend");
        // The full record of a session keeps it, marked.
        assertThat(as(therapist, () -> log.between(caseId, null, LocalDateTime.now())))
                .filteredOn(EntryView::withdrawn).extracting(EntryView::id).containsExactly(entry.id());
        assertThatThrownBy(() -> as(therapist, () -> log.mark(entry.id(), null, null, true)))
                .isInstanceOf(ValidationProblem.class);
        // Withdrawn is final for the author: no edit, no second delete.
        assertThatThrownBy(() -> as(a, () -> log.save(caseId, entry.id(), input(day, "back"), seen.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a, () -> log.delete(entry.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_moment_a_recorded_session_covers_is_withdrawn_and_a_later_unseen_one_is_deleted_for_real() {
        LocalDateTime sessionAt = LocalDateTime.now().minusDays(3).withNano(0);
        var before = write(a, sessionAt.minusDays(1), "Before the session");
        var after = write(a, sessionAt.plusDays(1), "After the session");
        var significant = as(a, () -> log.save(caseId, null, new EntryInput(sessionAt.plusDays(2), "Important", null,
                null, null, null, List.of(), true), 0));
        as(therapist, () -> sessions.create(caseId, new SessionInput(sessionAt, List.of(a.id(), b.id()), Map.of(),
                null)));
        assertThat(as(a, () -> log.myEntries(caseId))).extracting(EntryView::id, EntryView::onRecord)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(before.id(), true),
                        org.assertj.core.groups.Tuple.tuple(after.id(), false),
                        org.assertj.core.groups.Tuple.tuple(significant.id(), true));

        assertThat(as(a, () -> log.delete(before.id()))).isTrue();
        assertThat(as(a, () -> log.delete(significant.id()))).isTrue();
        assertThat(as(a, () -> log.delete(after.id()))).isFalse();

        assertThat(as(a, () -> log.myEntries(caseId))).isEmpty();
        assertThat(as(therapist, () -> log.review(caseId, ExceptionFilter.none(), 0, 10)))
                .extracting(EntryView::id).containsExactlyInAnyOrder(before.id(), significant.id());
    }

    /** The new and changed methods, tried by each kind of wrong user. */
    @Test
    void versions_and_withdrawal_refuse_the_wrong_people() {
        var entry = write(a, LocalDateTime.now().minusDays(1), "Ours");
        as(therapist, () -> log.mark(entry.id(), true, null, true));
        var other = new TestData(accountProvisioning, caseProvisioning);
        Person otherTherapist = other.therapist();
        Person stranger = other.client("Wu Lei");
        other.enrolledCase(otherTherapist, Lens.NARRATIVE, 3, stranger);
        Person admin = other.person(Role.ADMIN, "Another Admin");

        Map<String, Runnable> therapistOnly = new LinkedHashMap<>();
        therapistOnly.put("versions", () -> log.versions(entry.id()));
        therapistOnly.put("review", () -> log.review(caseId, ExceptionFilter.none(), 0, 10));
        therapistOnly.put("between", () -> log.between(caseId, null, LocalDateTime.now()));
        for (Person wrong : List.of(otherTherapist, a, b, stranger, admin)) {
            therapistOnly.forEach((name, call) -> assertThatThrownBy(() -> users.run(wrong.username(), call))
                    .as(name + " by " + wrong.displayName()).isInstanceOf(AccessDeniedException.class));
        }
        Map<String, Runnable> authorOnly = new LinkedHashMap<>();
        authorOnly.put("delete", () -> log.delete(entry.id()));
        authorOnly.put("save", () -> log.save(caseId, entry.id(), input(LocalDateTime.now(), "not yours"), 2));
        for (Person wrong : List.of(therapist, otherTherapist, b, stranger, admin)) {
            authorOnly.forEach((name, call) -> assertThatThrownBy(() -> users.run(wrong.username(), call))
                    .as(name + " by " + wrong.displayName()).isInstanceOf(AccessDeniedException.class));
        }
        var still = asTherapistSees(entry.id());
        assertThat(still.withdrawn()).isFalse();
        assertThat(still.context()).isEqualTo("Ours");
        assertThat(as(b, () -> log.myEntries(caseId))).extracting(EntryView::id).containsExactly(entry.id());
    }
}
