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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ExceptionLogServiceTest {

    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person a;
    Person b;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        a = data.client("Zhao Min");
        b = data.client("Zhou Yan");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, a, b);
    }

    static EntryInput input(LocalDateTime at, String context, String... tags) {
        return new EntryInput(at, context, null, null, null, null, List.of(tags), false);
    }

    private <T> T as(Person p, Supplier<T> s) {
        return users.as(p.username(), s);
    }

    @Test
    void a_moment_needs_one_prompt_a_past_time_and_stated_limits() {
        var empty = new EntryInput(LocalDateTime.now().plusDays(1), " ", "", null, null, null, List.of(), false);
        assertThatThrownBy(() -> as(a, () -> log.save(caseId, null, empty, 0)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::messageKey)
                        .containsExactlyInAnyOrder("validation.exception.empty", "validation.exception.future"));
        var tooLong = input(LocalDateTime.now(), "x".repeat(ExceptionLogService.PROMPT_MAX + 1));
        assertThatThrownBy(() -> as(a, () -> log.save(caseId, null, tooLong, 0)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().field())
                        .isEqualTo("context"));
        assertThat(as(a, () -> log.myEntries(caseId))).isEmpty();
    }

    @Test
    void a_draft_keeps_text_beyond_the_limit_that_saving_refuses() {
        String pasted = "x".repeat(ExceptionLogService.PROMPT_MAX + 1000);
        as(a, () -> log.saveDraft(caseId, input(null, pasted)));
        assertThat(as(a, () -> log.myDraft(caseId)).context()).isEqualTo(pasted);
        assertThatThrownBy(() -> as(a, () -> log.save(caseId, null, input(LocalDateTime.now(), pasted), 0)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().args())
                        .containsExactly(ExceptionLogService.PROMPT_MAX, pasted.length()));
        var beyondAnyDraft = input(null, "x".repeat(ExceptionLogService.DRAFT_PROMPT_MAX + 1));
        assertThatThrownBy(() -> as(a, () -> log.saveDraft(caseId, beyondAnyDraft)))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void typing_is_kept_as_a_draft_that_becomes_the_entry_when_saved() {
        as(a, () -> log.saveDraft(caseId, input(null, "We cooked tog")));
        assertThat(as(a, () -> log.myDraft(caseId)).context()).isEqualTo("We cooked tog");
        assertThat(as(therapist, () -> log.count(caseId, ExceptionFilter.none()))).isZero();
        var saved = as(a, () -> log.save(caseId, null, input(LocalDateTime.now().minusHours(2), "We cooked together",
                "cooking together"), 0));
        assertThat(saved.draft()).isFalse();
        assertThat(as(a, () -> log.myDraft(caseId))).isNull();
        assertThat(as(a, () -> log.myEntries(caseId))).extracting(EntryView::context).containsExactly("We cooked together");
    }

    @Test
    void a_partner_sees_the_others_entries_only_when_the_therapist_shares_them() {
        var entry = as(a, () -> log.save(caseId, null, input(LocalDateTime.now().minusDays(1), "Tea after work"), 0));
        assertThat(as(b, () -> log.myEntries(caseId))).isEmpty();
        as(therapist, () -> log.mark(entry.id(), null, null, true));
        assertThat(as(b, () -> log.myEntries(caseId))).extracting(EntryView::context).containsExactly("Tea after work");
        assertThatThrownBy(() -> users.run(b.username(), () -> log.delete(entry.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(b, () -> log.save(caseId, entry.id(), input(LocalDateTime.now(), "mine now"), entry.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_client_edits_and_deletes_their_own_entries() {
        var entry = as(a, () -> log.save(caseId, null, input(LocalDateTime.now().minusDays(1), "First words"), 0));
        var edited = as(a, () -> log.save(caseId, entry.id(), input(entry.happenedAt(), "Better words", "weekend"),
                entry.version()));
        assertThat(edited.context()).isEqualTo("Better words");
        assertThat(edited.tags()).containsExactly("weekend");
        users.run(a.username(), () -> log.delete(entry.id()));
        assertThat(as(a, () -> log.myEntries(caseId))).isEmpty();
    }

    @Test
    void the_review_filters_by_date_partner_tag_flags_and_text_newest_first() {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        var e1 = as(a, () -> log.save(caseId, null, input(now.minusDays(10), "Market on Saturday", "shopping together",
                "weekend"), 0));
        as(b, () -> log.save(caseId, null, input(now.minusDays(3), "A message before work", "message before separating"), 0));
        var e3 = as(a, () -> log.save(caseId, null, input(now.minusDays(1), "Dumplings together", "cooking together",
                "weekend"), 0));
        as(therapist, () -> log.mark(e1.id(), true, true, null));
        Map<String, ExceptionFilter> filters = Map.of(
                "recent", new ExceptionFilter(LocalDate.now().minusDays(4), null, null, null, false, false, null),
                "partner", new ExceptionFilter(null, null, b.id(), null, false, false, null),
                "tag", new ExceptionFilter(null, null, null, "weekend", false, false, null),
                "significant", new ExceptionFilter(null, null, null, null, true, false, null),
                "unreviewed", new ExceptionFilter(null, null, null, null, false, true, null),
                "text", new ExceptionFilter(null, null, null, null, false, false, "dumpling"));
        Map<String, Integer> expected = Map.of("recent", 2, "partner", 1, "tag", 2, "significant", 1, "unreviewed", 2,
                "text", 1);
        filters.forEach((name, f) -> assertThat(as(therapist, () -> log.count(caseId, f))).as(name)
                .isEqualTo(expected.get(name)));
        var page = as(therapist, () -> log.review(caseId, ExceptionFilter.none(), 0, 2));
        assertThat(page).extracting(EntryView::id).first().isEqualTo(e3.id());
        assertThat(page).hasSize(2);
        assertThat(page.getFirst().clientName()).isEqualTo("Zhao Min");
        assertThat(page.getFirst().tags()).containsExactly("cooking together", "weekend");
    }

    @Test
    void patterns_count_tags_weekdays_times_pairs_and_weeks() {
        LocalDateTime saturday = LocalDate.now().minusWeeks(1).with(java.time.DayOfWeek.SATURDAY).atTime(11, 0);
        for (int i = 0; i < 3; i++) {
            LocalDateTime at = saturday.minusWeeks(i);
            as(a, () -> log.save(caseId, null, input(at, "Cooking", "cooking together", "weekend"), 0));
        }
        as(b, () -> log.save(caseId, null, input(saturday.minusDays(3).withHour(20), "Tea", "kind gesture"), 0));
        Patterns p = as(therapist, () -> log.patterns(caseId, null));
        assertThat(p.total()).isEqualTo(4);
        assertThat(p.topTags().getFirst().count()).isEqualTo(3);
        assertThat(p.weekdays()[5]).isEqualTo(3);
        assertThat(p.timesOfDay()[1]).isEqualTo(3);
        assertThat(p.timesOfDay()[3]).isEqualTo(1);
        assertThat(p.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.first() + "+" + pair.second()).isEqualTo("cooking together+weekend");
            assertThat(pair.count()).isEqualTo(3);
        });
        assertThat(p.weeks()).extracting(Patterns.Week::count).containsExactly(1L, 1L, 2L);
    }

    @Test
    void every_method_refuses_the_wrong_people() {
        var entry = as(a, () -> log.save(caseId, null, input(LocalDateTime.now().minusDays(1), "Ours"), 0));
        var other = new TestData(accountProvisioning, caseProvisioning);
        Person otherTherapist = other.therapist();
        Person stranger = other.client("Wu Lei");
        other.enrolledCase(otherTherapist, Lens.NARRATIVE, 3, stranger);
        for (String who : new String[] {stranger.username(), therapist.username(), "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> log.myEntries(caseId))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.myDraft(caseId))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.saveDraft(caseId, input(null, "x")))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.save(caseId, null, input(LocalDateTime.now(), "x"), 0)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.delete(entry.id()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String who : new String[] {otherTherapist.username(), a.username(), "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> log.review(caseId, ExceptionFilter.none(), 0, 10))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.count(caseId, ExceptionFilter.none()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.mark(entry.id(), true, null, null))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> log.patterns(caseId, null))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
