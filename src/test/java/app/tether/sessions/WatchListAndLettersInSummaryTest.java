package app.tether.sessions;

import static app.tether.programme.FrameworkExercises.FUTURE_PREVENTION;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.LetterExercises;
import app.tether.reports.PaperSize;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The printed summary lists each person's watch list as it stood at the session (decision record 035), a
 * client copy only its own; a letter answer prints as written, Chinese and markup-like text literally.
 */
@IntegrationTest
class WatchListAndLettersInSummaryTest {

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired app.tether.homework.JointAnswerService joint;
    @Autowired FrameworkCatalog catalog;
    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    long caseId;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long assign(String code, Person client) {
        long id = catalog.byCode(code).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst().id();
    }

    private void send(Person client, long assignmentId, Answers answers) {
        users.as(client.username(), () -> mine.submit(assignmentId, answers, mine.open(assignmentId).summary().version()));
    }

    @Test
    void the_summary_lists_the_watch_list_sent_by_the_session_and_prints_a_letter_literally() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        Person she = data.client("Lan Watch");
        Person he = data.client("Bo Letter");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 45, she, he);

        clock.set(Instant.parse("2026-06-02T09:00:00Z"));
        send(she, assign(FUTURE_PREVENTION, she), new Answers(Map.of(
                "signs", List.of("我又开始整晚查看手机", "I write <b>angry</b> drafts"),
                "then", List.of("Put the phone in the drawer and call Mei"),
                "coping", List.of("Swimming on Wednesdays"),
                "support", List.of("Our check-in, and a session if it lasts a week"))));
        send(he, assign(LetterExercises.UNSENT, he), new Answers(Map.of("letter", List.of("Dear <i>Ting</i>,",
                "我想告诉你，那杯茉莉花茶是我的道歉。\n\nI never said ${sorry} &amp; I mean it.", "Bo"))));

        clock.set(Instant.parse("2026-06-04T16:00:00Z"));
        long sessionId = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.of(2026, 6, 4, 15, 0), List.of(she.id(), he.id()), Map.of(), "Plans and letters"))).id();
        // Sent after the session: not in its summary.
        clock.set(Instant.parse("2026-06-05T09:00:00Z"));
        send(he, assign(FUTURE_PREVENTION, he), new Answers(Map.of("signs", List.of("Later sign"),
                "then", List.of("Later plan"), "coping", List.of("Later"), "support", List.of("Later"))));

        PrintedSummary record = users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.fullRecord(), PaperSize.A4));
        SessionSummaryPdfTest.keep("watch-list-record.pdf", record.pdf());
        String text = SessionSummaryPdfTest.read(record.pdf()).text();
        assertThat(text).contains("Watch lists (from Future Prevention)", "Lan Watch, sent on", "Early signs:",
                "我又开始整晚查看手机", "I write <b>angry</b> drafts", "When they appear: Put the phone in the drawer",
                "Coping that has worked: Swimming on Wednesdays", "Support: Our check-in")
                .doesNotContain("Later sign");
        assertThat(text.indexOf("Watch lists")).isLessThan(text.indexOf("Homework for next time"));
        // The letter's key answer, as written.
        assertThat(text.replaceAll("\\s+", " ")).contains("Dear <i>Ting</i>,", "我想告诉你", "${sorry} &amp; I mean it");

        String hisCopy = SessionSummaryPdfTest.read(users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.forClient(he.id()), PaperSize.A4)).pdf()).text();
        assertThat(hisCopy).doesNotContain("Watch lists", "整晚查看手机");
        String herCopy = SessionSummaryPdfTest.read(users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.forClient(she.id()), PaperSize.A4)).pdf()).text();
        assertThat(herCopy).contains("Watch lists", "整晚查看手机").doesNotContain("Dear <i>Ting</i>");
    }

    @Test
    void a_joint_plan_is_printed_once_naming_both_partners_and_each_partners_copy_has_it() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        Person she = data.client("Yu Joint");
        Person he = data.client("Ren Joint");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 45, she, he);
        clock.set(Instant.parse("2026-06-02T09:00:00Z"));
        long id = catalog.byCode(FUTURE_PREVENTION).id();
        var pair = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(id),
                List.of(she.id(), he.id()), null, null).joint(List.of(id))));
        long hers = pair.stream().filter(a -> a.clientId() == she.id()).findFirst().orElseThrow().id();
        var saved = users.as(she.username(), () -> joint.save(hers, new Answers(Map.of("signs", List.of("We go silent"),
                "then", List.of("A walk together"), "coping", List.of("Tea"), "support", List.of("Our check-in"))),
                joint.open(hers).current().version()));
        users.as(she.username(), () -> joint.send(hers, saved.version()));
        clock.set(Instant.parse("2026-06-04T16:00:00Z"));
        long sessionId = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.of(2026, 6, 4, 15, 0), List.of(she.id(), he.id()), Map.of(), "Our plan"))).id();

        String text = SessionSummaryPdfTest.read(users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.fullRecord(), PaperSize.A4)).pdf()).text();
        assertThat(text).contains("Yu Joint and Ren Joint, sent on");
        assertThat(text.split("Early signs:", -1)).as("one list").hasSize(2);
        String hisCopy = SessionSummaryPdfTest.read(users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.forClient(he.id()), PaperSize.A4)).pdf()).text();
        assertThat(hisCopy).contains("Watch lists", "We go silent");
        // The shared answer is one homework line in the record, and each partner's copy has it.
        assertThat(text.split("Future Prevention", -1)).as("one homework line and the watch-list heading")
                .hasSize(3);
        assertThat(text).contains("(shared with");
        assertThat(hisCopy.replaceAll("\\s+", " ")).contains("Ren Joint (shared with Yu Joint)");
    }
}
