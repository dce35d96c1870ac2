package app.tether.reports;

import static app.tether.reports.PdfText.fonts;
import static app.tether.reports.PdfText.lines;
import static app.tether.reports.PdfText.y;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.base.Translator;
import app.tether.reports.PdfText.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The summary's layout and fonts, from a summary made up here (no database). */
class SummaryRendererTest {

    static final SummaryRenderer RENDERER = new SummaryRenderer(new Translator());
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 260\" width=\"760\""
            + " height=\"260\"><rect x=\"0\" y=\"0\" width=\"760\" height=\"260\" fill=\"#ffffff\"/></svg>";
    static final String LONG = "We cooked together on Saturday and nobody looked at a phone. ".repeat(6)
            + "\nA second line the client typed.\nAnd a third.";

    static SessionSummary summary(String copyFor, List<SessionSummary.ExceptionItem> moments,
                                  List<SessionSummary.HomeworkItem> homework) {
        return new SessionSummary("Harbour Practice", "Session summary", copyFor, "Ana Lima 🌻", "Maya Lindqvist",
                "Session 2 · Wed 4 Mar 2026, 10:00", "Connection", "Stage 2: Exceptions", "12", "Ana Lima 🌻",
                "Ana Lima 🌻: 4 / 10", SVG, true, "Logged since the previous session (25 Feb 2026): 2",
                moments, homework, copyFor == null ? "Notes" : null, List.of(), "Confidential clinical record");
    }

    static SessionSummary.ExceptionItem moment(String context) {
        return new SessionSummary.ExceptionItem("Sat 28 Feb 2026, 18:00", "Ana Lima 🌻", false, "cooking",
                context, "I stayed", "It can be calm", "calm 😊", "We can do this", "What this moment tells me");
    }

    static byte[] render(SessionSummary s, PaperSize paper) {
        return RENDERER.render(List.of(s), paper, Translator.LOCALE, n -> { });
    }

    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "summaries");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void emoji_and_other_scripts_print_with_the_bundled_fallback_fonts() {
        var m = new SessionSummary.ExceptionItem("Sat 28 Feb 2026, 18:00", "Ana Lima 🌻", false, "🍳 cooking",
                "مرحبا بك في البيت", "नमस्ते, हम साथ थे", "我们一起做饭", "calm 😊 🎉💪 ❤️", "Newer emoji: 🥰🫶 end",
                "What this moment tells me");
        byte[] pdf = render(summary(null, List.of(m), List.of()), PaperSize.A4);
        keep("renderer-scripts.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("Ana Lima 🌻: 4 / 10", "calm 😊 🎉💪", "🍳 cooking", "مرحبا بك في البيت",
                "नमस्ते, हम साथ थे", "我们一起做饭");
        // Emoji newer than the emoji font print as a visible stand-in, never as nothing.
        assertThat(text).contains("Newer emoji: □□ end");
        assertThat(fonts(pdf)).contains("Symbola", "NotoSansDevanagari-Regular",
                "NotoSansCJKsc-Regular");
    }

    @Test
    void a_label_stays_beside_its_wrapped_value() {
        byte[] pdf = render(summary(null, List.of(moment(LONG), moment("Short")), List.of()), PaperSize.A4);
        keep("renderer-wrapping.pdf", pdf);
        List<Line> lines = lines(pdf);
        float label = y(lines, "What was different");
        assertThat(y(lines, "We cooked together")).isCloseTo(label, Offset.offset(1.5f));
        // The next prompt's label comes after the last wrapped line, not beside the second.
        assertThat(y(lines, "What I did")).isGreaterThan(y(lines, "And a third."));
        assertThat(y(lines, "I stayed")).isCloseTo(y(lines, "What I did"), Offset.offset(1.5f));
    }

    @Test
    void a_long_case_title_and_two_ratings_keep_the_facts_in_rows() {
        SessionSummary s = summary(null, List.of(moment("Short")), List.of());
        SessionSummary wide = new SessionSummary(s.practiceName(), s.title(), null,
                "A very long case title that will not fit on one line of the summary's facts column at all, "
                        + "so it wraps onto a second line", s.therapistName(), s.sessionLine(), s.lens(), s.stage(),
                s.programmeDay(), s.attended(), "Zhao Lei: 5 / 10\nZhou Ting: 6 / 10", s.chartSvg(), true,
                s.exceptionsHeading(), s.exceptions(), s.homework(), s.notes(), s.nextHomework(), s.footer());
        byte[] pdf = render(wide, PaperSize.A4);
        keep("renderer-facts.pdf", pdf);
        List<Line> lines = lines(pdf);
        // The title takes two lines, so the next row starts two lines further down.
        assertThat(y(lines, "Therapist") - y(lines, "Case")).isGreaterThan(20f);
        assertThat(y(lines, "Maya Lindqvist")).isCloseTo(y(lines, "Therapist"), Offset.offset(1.5f));
        assertThat(y(lines, "Zhao Lei: 5 / 10")).isCloseTo(y(lines, "In-session rating"),
                Offset.offset(1.5f));
    }

    @Test
    void review_comments_print_under_their_homework() {
        var hope = new SessionSummary.HomeworkItem("Hope Questions", "Ana Lima 🌻", "Done and reviewed, sent 2 Mar 2026",
                "3 Mar 2026", "Tonight: We would walk by the sea",
                List.of(new SessionSummary.Comment("Review comment from Maya Lindqvist, 3 Mar 2026",
                        "Lovely detail about the sea. What would be the first sign that the walk is coming?")));
        var log = new SessionSummary.HomeworkItem("Daily log", "Ana Lima 🌻", "Open", "daily", "", List.of());
        byte[] pdf = render(summary(null, List.of(moment("Short")), List.of(hope, log)), PaperSize.LETTER);
        keep("renderer-comments.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("Review comment from Maya Lindqvist, 3 Mar 2026", "Lovely detail about the sea");
        assertThat(text.indexOf("Hope Questions")).isLessThan(text.indexOf("Lovely detail"));
        assertThat(text.indexOf("Lovely detail")).isLessThan(text.indexOf("Daily log"));
    }
}
