package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.reports.PaperSize;
import app.tether.rituals.Frequency;
import app.tether.rituals.RitualInput;
import app.tether.rituals.RitualService;
import app.tether.rituals.RitualSuggestion;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The printed summary lists the agreed rituals with each partner's count for the session's week. */
@IntegrationTest
class RitualsInSummaryTest {

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired RitualService rituals;
    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_summary_lists_this_weeks_rituals_per_partner() {
        var users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person he = data.client("Wen Summary");
        Person she = data.client("Yu Summary");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, he, she);

        clock.set(Instant.parse("2026-05-29T09:00:00Z")); // the Friday before: another week
        var checkIn = users.as(therapist.username(), () -> rituals.addRitual(caseId,
                new RitualInput(RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY, null)));
        var tea = users.as(she.username(), () -> rituals.addRitual(caseId,
                new RitualInput(null, "Jasmine tea <on the desk>", Frequency.DAILY, null)));
        users.run(he.username(), () -> rituals.tick(tea.id()));
        clock.set(Instant.parse("2026-06-02T09:00:00Z")); // Tuesday
        users.run(he.username(), () -> rituals.tick(tea.id()));
        users.run(he.username(), () -> rituals.tick(checkIn.id()));
        clock.set(Instant.parse("2026-06-03T09:00:00Z"));
        users.run(he.username(), () -> rituals.tick(tea.id()));
        users.run(she.username(), () -> rituals.tick(tea.id()));

        clock.set(Instant.parse("2026-06-04T16:00:00Z"));
        long sessionId = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.of(2026, 6, 4, 15, 0), List.of(he.id(), she.id()), Map.of(), "Rituals went well"))).id();
        PrintedSummary printed = users.as(therapist.username(),
                () -> summaries.print(sessionId, SummaryCopy.fullRecord(), PaperSize.A4));
        SessionSummaryPdfTest.keep("rituals-record.pdf", printed.pdf());
        String text = SessionSummaryPdfTest.read(printed.pdf()).text();
        assertThat(text).contains("Agreed rituals in the week of this session",
                "15-minute check-in (Weekly): Wen Summary 1×, Yu Summary 0×",
                "Jasmine tea <on the desk> (Daily): Wen Summary 2×, Yu Summary 1×");
        assertThat(text.indexOf("Agreed rituals")).isLessThan(text.indexOf("Homework for next time"));
    }
}
