package app.tether.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionFilter;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.scales.RatingRow;
import app.tether.scales.ScaleService;
import app.tether.scales.StageMark;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo practice tells the case studies the way the source articles do (issue 14). */
@IntegrationTest
class DemoStoriesTest {

    @Autowired CaseloadService caseload;
    @Autowired ExceptionLogService exceptions;
    @Autowired HomeworkService homework;
    @Autowired ScaleService scales;
    @Autowired SessionService sessions;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.homework.JointAnswerService joint;
    @Autowired app.tether.homework.WeeklyLoopService loop;
    @Autowired app.tether.homework.MyHomeworkService mine;
    @Autowired app.tether.homework.WatchListService watchLists;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
    }

    private long caseOf(String title) {
        return users.as("therapist", () -> caseload.myCaseload().stream().filter(c -> c.title().equals(title))
                .findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    /** The seeded moments: all before today (other tests in the shared database may log more today). */
    private List<EntryView> moments(long caseId) {
        return users.as("therapist", () -> exceptions.review(caseId, ExceptionFilter.none(), 0, 500)).stream()
                .filter(e -> e.happenedAt().toLocalDate().isBefore(LocalDate.now())).toList();
    }

    private static String words(EntryView e) {
        return String.join(" ", java.util.Arrays.asList(e.context(), e.behaviour(), e.thoughts(), e.emotions(),
                e.meaning())).replace("null", "");
    }

    @Test
    void zhao_lei_leaves_the_jasmine_tea_on_zhou_tings_desk_in_both_partners_words() {
        List<EntryView> all = moments(caseOf("Zhao Lei & Zhou Ting"));
        List<EntryView> jasmine = all.stream().filter(e -> words(e).toLowerCase().contains("jasmine")).toList();
        assertThat(jasmine).extracting(EntryView::clientName).containsExactlyInAnyOrder("Zhao Lei", "Zhou Ting");
        EntryView his = jasmine.stream().filter(e -> e.clientName().equals("Zhao Lei")).findFirst().orElseThrow();
        EntryView hers = jasmine.stream().filter(e -> e.clientName().equals("Zhou Ting")).findFirst().orElseThrow();
        assertThat(his.context()).contains("I made", "she likes", "her desk");
        assertThat(hers.context()).contains("my desk", "He had put it there");
        // Each partner writes in the first person about the other: no "he" in his entries, no "she" in hers.
        for (EntryView e : all) {
            String text = " " + words(e).toLowerCase().replaceAll("[^a-z' ]", " ") + " ";
            if (e.clientName().equals("Zhao Lei")) {
                assertThat(text).as(words(e)).doesNotContain(" he ", " him ", " his ");
            } else {
                assertThat(text).as(words(e)).doesNotContain(" she ", " her ");
            }
        }
    }

    @Test
    void the_couple_starts_with_their_own_coping_not_with_a_talking_exercise() {
        long caseId = caseOf("Zhao Lei & Zhou Ting");
        List<AssignmentSummary> all = users.as("therapist", () -> homework.caseHomework(caseId)).assignments();
        var first = all.stream().min(Comparator.comparing(a -> a.dueOn() == null ? LocalDate.MAX : a.dueOn()))
                .orElseThrow();
        var firstOnes = all.stream().filter(a -> first.dueOn().equals(a.dueOn())).toList();
        assertThat(firstOnes).extracting(AssignmentSummary::title).containsOnly("ex.coping-list.title");
        assertThat(firstOnes).extracting(AssignmentSummary::clientName).containsExactlyInAnyOrder("Zhao Lei",
                "Zhou Ting");
        assertThat(firstOnes).allSatisfy(a -> assertThat(a.partnerName()).isNull());
        SessionRecord opening = users.as("therapist", () -> sessions.caseSessions(caseId)).stream()
                .min(Comparator.comparing(SessionRecord::number)).orElseThrow();
        assertThat(opening.notes()).contains("Coping List for each").doesNotContain("Collaborative Stance");
    }

    @Test
    void once_ready_the_couple_writes_one_hope_questions_answer_together_line_by_line() {
        long caseId = caseOf("Zhao Lei & Zhou Ting");
        var shared = users.as("therapist", () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(AssignmentSummary::joint).toList();
        assertThat(shared).extracting(AssignmentSummary::title).containsOnly("ex.hope-questions.title");
        assertThat(shared).extracting(AssignmentSummary::clientName).containsExactlyInAnyOrder("Zhao Lei", "Zhou Ting");
        assertThat(shared).allSatisfy(a -> assertThat(a.status()).isEqualTo(app.tether.homework.AssignmentStatus.REVIEWED));
        var history = users.as("therapist", () -> joint.history(shared.getFirst().id()));
        assertThat(history.versions()).extracting(app.tether.homework.JointVersionRecord::authorName)
                .containsExactly("Zhou Ting", "Zhao Lei", "Zhou Ting");
        // The sent version holds both voices: her good night, his jasmine tea.
        var sent = history.authorshipBySubmission().get(1).get("tonight");
        assertThat(sent).anySatisfy(p -> assertThat(p.text()).contains("jasmine tea")
                .satisfies(t -> assertThat(p.authorName()).isEqualTo("Zhao Lei")));
        assertThat(sent).anySatisfy(p -> assertThat(p.authorName()).isEqualTo("Zhou Ting"));
        // Given after the couple was found ready to talk together (day 23), never before.
        var ready = users.as("therapist", () -> caseload.caseDetails(caseId)).enrolment().start().plusDays(22);
        assertThat(history.versions().getFirst().savedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .isAfter(ready);
    }

    @Test
    void chen_jings_check_in_is_agreed_in_a_session_before_she_first_logs_it() {
        long caseId = caseOf("Chen Jing");
        SessionRecord agreed = users.as("therapist", () -> sessions.caseSessions(caseId)).stream()
                .filter(s -> s.notes() != null && s.notes().contains("15-minute check-in"))
                .min(Comparator.comparing(SessionRecord::heldAt)).orElseThrow();
        EntryView firstLogged = moments(caseId).stream().filter(e -> e.tags().contains("check-in talk"))
                .min(Comparator.comparing(EntryView::happenedAt)).orElseThrow();
        assertThat(agreed.heldAt()).isBefore(firstLogged.happenedAt());
        assertThat(agreed.stage()).isEqualTo(5);
    }

    @Test
    void chen_jings_scale_stays_low_until_stage_five_and_then_reaches_six_or_seven() {
        long caseId = caseOf("Chen Jing");
        var scale = users.as("therapist", () -> scales.caseScale(caseId));
        LocalDate stageFive = scale.stageChanges().stream().filter(m -> m.stage() == 5).map(StageMark::day)
                .findFirst().orElseThrow();
        List<RatingRow> ratings = scale.ratings().stream().filter(r -> r.day().isBefore(LocalDate.now())).toList();
        assertThat(ratings.stream().filter(r -> r.day().isBefore(stageFive))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.value()).as(r.toString()).isLessThanOrEqualTo(3));
        assertThat(ratings.stream().filter(r -> !r.day().isBefore(stageFive)).mapToInt(RatingRow::value).max()
                .orElseThrow()).isBetween(6, 7);
    }

    @Test
    void chen_jings_miracle_question_holds_her_own_miracle_morning() {
        long caseId = caseOf("Chen Jing");
        var miracle = users.as("therapist", () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(a -> a.title().equals("ex.miracle-question.title")).findFirst().orElseThrow();
        var answers = users.as("therapist", () -> homework.submission(miracle.id())).submissions().getLast().answers();
        String all = String.join(" ", answers.values().values().stream().flatMap(List::stream).toList());
        assertThat(all).contains("phone", "coffee", "window", "kitchen", "smile");
    }

    @Test
    void zhao_leis_weekly_loop_starts_with_the_jasmine_tea_and_carries_his_adjustments_into_the_next_week() {
        long caseId = caseOf("Zhao Lei & Zhou Ting");
        var timelines = users.as("therapist", () -> loop.timeline(caseId));
        var his = timelines.stream().filter(t -> t.clientName().equals("Zhao Lei")).findFirst().orElseThrow();
        var hers = timelines.stream().filter(t -> t.clientName().equals("Zhou Ting")).findFirst().orElseThrow();
        assertThat(hers.weeks()).isEmpty();
        assertThat(his.weeks()).hasSizeGreaterThanOrEqualTo(2);
        var first = his.weeks().getFirst();
        var second = his.weeks().get(1);
        assertThat(second.weekOf()).isEqualTo(first.weekOf().plusDays(7));
        assertThat(first.committed()).isTrue();
        assertThat(first.fedBack()).isTrue();
        assertThat(first.steps().getFirst().action()).contains("Jasmine tea");
        assertThat(first.steps().getFirst().happened()).contains("thank you");
        // The next week's Commitment starts from what he decided to adjust.
        assertThat(second.committed()).isTrue();
        assertThat(second.steps().getFirst().tryText()).contains("message on the days I travel");
        assertThat(first.steps().getFirst().adjust()).contains("message on the days I travel");
        // His focus value is his own: Zhou Ting has none and never sees his loop.
        assertThat(users.as("zhao.lei", () -> loop.myFocusValue(caseId))).get()
                .extracting(app.tether.homework.FocusValue::value).isEqualTo("Warmth");
        assertThat(users.as("zhou.ting", () -> loop.myFocusValue(caseId))).isEmpty();
        assertThat(users.as("zhou.ting", () -> loop.myTimeline(caseId)).weeks()).isEmpty();
        // Weekly pieces are due on their week's Sunday.
        assertThat(users.as("therapist", () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(a -> "commitment-experiment".equals(a.exerciseCode())))
                .allSatisfy(a -> assertThat(a.dueOn()).isEqualTo(a.weekOf().plusDays(6)));
    }

    @Test
    void zhao_lei_keeps_a_watch_list_from_his_prevention_plan_and_zhou_ting_has_none_yet() {
        long caseId = caseOf("Zhao Lei & Zhou Ting");
        var lists = users.as("therapist", () -> watchLists.caseWatchLists(caseId, null));
        assertThat(lists).extracting(app.tether.homework.WatchList::clientName).containsExactly("Zhao Lei");
        var his = lists.getFirst();
        assertThat(his.signs()).hasSize(3).anyMatch(s -> s.contains("evening tea"));
        assertThat(his.coping()).contains("jasmine tea");
        assertThat(his.support()).contains("check-in");
        assertThat(users.as("zhou.ting", () -> watchLists.myWatchList(caseId))).isEmpty();
        assertThat(users.as("zhao.lei", () -> watchLists.myWatchList(caseId))).contains(his);
    }
}
