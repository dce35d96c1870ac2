package app.tether.reports;

import static app.tether.reports.PdfText.lines;
import static app.tether.reports.PdfText.y;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.reports.PdfText.Line;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The in-session ratings with what each person said, laid out under each rating (no database). */
class RatingFollowUpsRendererTest {

    static SessionSummary withRatings(List<SessionSummary.RatingItem> items) {
        SessionSummary s = SummaryRendererTest.summary(null, List.of(SummaryRendererTest.moment("Short")), List.of());
        return new SessionSummary(s.practiceName(), s.title(), s.copyFor(), s.caseTitle(), s.therapistName(),
                s.sessionLine(), s.lens(), s.stage(), s.programmeDay(), s.attended(), s.ratings(), items, s.chartSvg(),
                s.hasRatings(), s.exceptionsHeading(), s.exceptions(), s.homework(), s.notes(), s.nextHomework(),
                s.footer());
    }

    @Test
    void each_answer_sits_under_its_rating_with_its_label_beside_the_first_line() {
        String wrapped = "She left a note on the fridge and I answered it. ".repeat(5) + "\nLast line here.";
        byte[] pdf = SummaryRendererTest.render(withRatings(List.of(
                new SessionSummary.RatingItem("Zhao Lei: 5 / 10", wrapped, "A cup of tea together."),
                new SessionSummary.RatingItem("Zhou Ting: 6 / 10", null, "Talking for ten minutes."))), PaperSize.A4);
        SummaryRendererTest.keep("renderer-rating-follow-ups.pdf", pdf);
        List<Line> lines = lines(pdf);
        assertThat(y(lines, "Zhao Lei: 5 / 10")).isCloseTo(y(lines, "In-session rating"), Offset.offset(1.5f));
        float notLower = y(lines, "Why not lower");
        assertThat(notLower).isGreaterThan(y(lines, "Zhao Lei: 5 / 10"));
        assertThat(y(lines, "She left a note")).isCloseTo(notLower, Offset.offset(1.5f));
        // The next label follows the last wrapped line; the partner's rating follows their own answers.
        float oneHigher = y(lines, "One point higher");
        assertThat(oneHigher).isGreaterThan(y(lines, "Last line here."));
        assertThat(y(lines, "A cup of tea together.")).isCloseTo(oneHigher, Offset.offset(1.5f));
        assertThat(y(lines, "Zhou Ting: 6 / 10")).isGreaterThan(oneHigher);
        assertThat(y(lines, "Talking for ten minutes.")).isGreaterThan(y(lines, "Zhou Ting: 6 / 10"));
        assertThat(y(lines, "The scale over time")).isGreaterThan(y(lines, "Talking for ten minutes."));
        // The one-line form of the ratings is not printed beside the list.
        assertThat(SummaryRendererTest.text(pdf)).containsOnlyOnce("Zhao Lei: 5 / 10");
    }

    @Test
    void without_answers_the_ratings_print_as_before() {
        byte[] pdf = SummaryRendererTest.render(withRatings(List.of()), PaperSize.A4);
        assertThat(SummaryRendererTest.text(pdf)).contains("Ana Lima 🌻: 4 / 10").doesNotContain("Why not lower");
    }
}
