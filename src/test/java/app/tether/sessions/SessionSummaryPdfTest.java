package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditRecord;
import app.tether.audit.AuditService;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.reports.PaperSize;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.security.AccountProvisioning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The printed summary's content, read back from the PDF's text. */
@IntegrationTest
class SessionSummaryPdfTest {

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired CaseloadService caseload;
    @Autowired AuditService audit;
    @Autowired ExceptionProvisioning exceptionProvisioning;
    @Autowired app.tether.homework.HomeworkProvisioning homeworkProvisioning;
    @Autowired app.tether.programme.FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    TestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
    }

    record Pdf(String text, int pages, PDRectangle size) {
    }

    static Pdf read(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new Pdf(new PDFTextStripper().getText(doc), doc.getNumberOfPages(), doc.getPage(0).getMediaBox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the PDF for a person to look at (target/summaries). */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "summaries");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long demoCase(String title) {
        return users.as("therapist", () -> caseload.myCaseload().stream().filter(c -> c.title().equals(title))
                .findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    private SessionRecord latest(String title) {
        return users.as("therapist", () -> sessions.caseSessions(demoCase(title)).getFirst());
    }

    @Test
    void chen_jings_latest_summary_has_every_section() {
        SessionRecord s = latest("Chen Jing");
        PrintedSummary printed = users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        keep("chen-jing-record.pdf", printed.pdf());
        Pdf pdf = read(printed.pdf());
        assertThat(printed.fileName()).doesNotContain("Chen").endsWith("-record.pdf").contains("session6");
        assertThat(pdf.text()).contains("Session summary", "Chen Jing", "Maya Lindqvist", "Session 6",
                "Identity migration map", "Stage 5: Action Construction", "Chen Jing: 7 / 10",
                "The scale over time", "Better moments", "He was late and sent a short message.",
                "What I did differently", "How I felt differently", "What this moment tells me", "Significant", "Homework", "Micro Experiments", "Key answers",
                "It is the doing together", "Session notes", "First check-in held",
                "Homework for next time", "Hope Questions", "Signature", "Page 1 of");
        // Significant moments come first.
        assertThat(pdf.text().indexOf("He was late")).isLessThan(pdf.text().indexOf("A quiet morning"));
        assertThat(pdf.size().getWidth()).isEqualTo(595f);
    }

    @Test
    void the_client_copy_leaves_out_the_therapists_notes_and_prints_on_letter_paper() {
        SessionRecord s = latest("Chen Jing");
        long chen = s.attendees().getFirst().accountId();
        PrintedSummary printed = users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.forClient(chen),
                PaperSize.LETTER));
        keep("chen-jing-client-copy-letter.pdf", printed.pdf());
        Pdf pdf = read(printed.pdf());
        assertThat(printed.fileName()).endsWith("-client-copy-CJ.pdf").doesNotContain("Chen");
        assertThat(pdf.text()).contains("client copy", "Copy for Chen Jing", "He was late and sent a short message.")
                .doesNotContain("Session notes", "First check-in held");
        assertThat(pdf.size().getWidth()).isEqualTo(612f);
        assertThat(pdf.size().getHeight()).isEqualTo(792f);
    }

    @Test
    void a_couple_summary_shows_both_partners_and_each_copy_only_its_own_private_entries() {
        SessionRecord s = latest("Zhao Lei & Zhou Ting");
        PrintedSummary record = users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        keep("couple-record.pdf", record.pdf());
        String text = read(record.pdf()).text();
        assertThat(text).contains("Zhao Lei & Zhou Ting", "Connection (relational-cultural)", "Zhao Lei: 5 / 10",
                "Zhou Ting: 5 / 10", "Future Prevention", "Planning for setbacks", "What this moment tells us");
        long zhou = s.attendees().stream().filter(a -> a.displayName().equals("Zhou Ting")).findFirst().orElseThrow()
                .accountId();
        String copy = read(users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.forClient(zhou),
                PaperSize.A4)).pdf()).text();
        assertThat(copy).contains("Copy for Zhou Ting", "Zhou Ting: 5 / 10", "Future Prevention")
                .doesNotContain("Zhao Lei: 5 / 10", "Planning for setbacks", "Progress Narrative\nZhao Lei");
    }

    @Test
    void a_case_with_no_ratings_says_so_and_still_prints() {
        Person therapist = data.therapist();
        Person client = data.client("Mei Lan");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 3, client);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id()), Map.of(), null)));
        Pdf pdf = read(users.as(therapist.username(), () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4)).pdf());
        assertThat(pdf.text()).contains("No ratings yet", "Not rated in this session",
                "No moments were logged in this period.", "No notes for this session.",
                "No new homework set at this session.", "Session 1");
        assertThat(pdf.pages()).isEqualTo(1);
    }

    @Test
    void five_hundred_moments_since_the_last_session_run_over_several_pages() {
        Person therapist = data.therapist();
        Person client = data.client("Ana Lima");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 60, client);
        LocalDateTime start = LocalDateTime.now().minusDays(50);
        users.run(therapist.username(), () -> sessions.create(caseId, new SessionInput(start.minusDays(1),
                List.of(client.id()), Map.of(), "first")));
        List<EntryInput> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new EntryInput(start.plusMinutes(i * 130L), "Moment number " + i + " at the park", "I stayed",
                    null, "calm", i % 50 == 0 ? "This one matters" : null, List.of("park"), i % 100 == 0));
        }
        exceptionProvisioning.logAll(caseId, client.id(), many);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusMinutes(5), List.of(client.id()), Map.of(client.id(), 6), "second")));
        PrintedSummary printed = users.as(therapist.username(), () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        keep("five-hundred-moments.pdf", printed.pdf());
        Pdf pdf = read(printed.pdf());
        assertThat(pdf.pages()).isGreaterThan(5);
        assertThat(pdf.text()).contains("Moment number 0 at the park", "Moment number 499 at the park",
                "(" + LocalDate.now().minusDays(51).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                        java.util.Locale.ENGLISH)) + "): 500", "Page " + pdf.pages() + " of " + pdf.pages());
        assertThat(pdf.text().split("Moment number", -1)).hasSize(501);
    }

    @Test
    void typed_markup_and_a_chinese_name_print_literally() {
        Person therapist = data.therapist();
        Person client = data.client("陈静");
        long caseId = data.enrolledCase(therapist, Lens.IDENTITY_MIGRATION, 10, client);
        String markup = "<b>bold</b> <script>alert('x')</script> & $P{PRACTICE} &amp;";
        exceptionProvisioning.log(caseId, client.id(), new EntryInput(LocalDateTime.now().minusHours(3), markup,
                "我们一起做饭，很开心。", null, null, null, List.of("<i>tag</i>"), true), false);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusMinutes(30), List.of(client.id()), Map.of(client.id(), 4),
                "Notes with <u>markup</u> and 周婷")));
        PrintedSummary printed = users.as(therapist.username(), () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        keep("chinese-and-markup.pdf", printed.pdf());
        String text = read(printed.pdf()).text();
        assertThat(text).contains("陈静", "陈静: 4 / 10", markup, "我们一起做饭，很开心。", "<i>tag</i>",
                "Notes with <u>markup</u> and 周婷");
        assertThat(printed.fileName()).doesNotContain("陈静");
    }

    @Test
    void an_older_summary_shows_homework_as_it_stood_then_and_moments_written_up_late() {
        Person therapist = data.therapist();
        Person client = data.client("Noor Aziz");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, client);
        var zone = java.time.ZoneId.systemDefault();
        LocalDateTime first = LocalDateTime.now().minusDays(6).withHour(10).withMinute(0);
        long hope = homeworkProvisioning.assign(caseId, client.id(), therapist.id(),
                catalog.byCode(app.tether.programme.FrameworkExercises.HOPE_QUESTIONS), null, null,
                first.toLocalDate().plusDays(2), first.minusDays(1).atZone(zone).toInstant());
        homeworkProvisioning.submit(hope, new app.tether.homework.Answers(Map.of("tonight",
                List.of("We would walk by the sea after dinner"))), first.plusDays(3).atZone(zone).toInstant());
        SessionRecord s1 = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(first,
                List.of(client.id()), Map.of(), null)));
        // A moment from before the first session, written up only now.
        exceptionProvisioning.log(caseId, client.id(), new EntryInput(first.minusDays(1), "Written up late", null,
                null, null, null, List.of(), false), false);
        SessionRecord s2 = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().plusMinutes(2), List.of(client.id()), Map.of(), null)));

        String older = read(users.as(therapist.username(), () -> summaries.print(s1.id(), SummaryCopy.fullRecord(),
                PaperSize.A4)).pdf()).text();
        assertThat(older).contains("Hope Questions", "Open").doesNotContain("Done", "walk by the sea");
        String latest = read(users.as(therapist.username(), () -> summaries.print(s2.id(), SummaryCopy.fullRecord(),
                PaperSize.A4)).pdf()).text();
        assertThat(latest).contains("Hope Questions", "Done, sent", "walk by the sea", "Written up late");
    }

    @Test
    void every_print_is_written_to_the_audit_trail() {
        SessionRecord s = latest("Liu Jia");
        users.run("therapist", () -> summaries.print(s.id(), SummaryCopy.fullRecord(), PaperSize.A4));
        List<AuditRecord> recent = users.as("admin", () -> audit.recent(20));
        assertThat(recent).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.SESSION_SUMMARY_PRINTED.name());
            assertThat(r.caseId()).isEqualTo(s.caseId());
            assertThat(r.entityId()).isEqualTo(s.id());
            assertThat(r.actorName()).isEqualTo("therapist");
            assertThat(r.detail()).isEqualTo("record A4");
        });
    }

    @Test
    void another_therapist_every_client_and_the_admin_are_refused_the_pdf() {
        SessionRecord s = latest("Zhao Lei & Zhou Ting");
        long zhao = s.attendees().getFirst().accountId();
        for (String who : List.of("therapist2", "zhao.lei", "zhou.ting", "chen.jing", "liu.jia", "admin")) {
            assertThatThrownBy(() -> users.run(who, () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                    PaperSize.A4))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> summaries.print(s.id(), SummaryCopy.forClient(zhao),
                    PaperSize.A4))).as(who).isInstanceOf(AccessDeniedException.class);
            if (!who.equals("therapist2")) {
                assertThatThrownBy(() -> users.run(who, () -> summaries.printDay(s.heldAt().toLocalDate(),
                        PaperSize.A4, n -> { }))).as(who).isInstanceOf(AccessDeniedException.class);
            }
        }
        // Another therapist's day holds only their own sessions: none of this case's.
        assertThatThrownBy(() -> users.run("therapist2", () -> summaries.printDay(s.heldAt().toLocalDate(),
                PaperSize.A4, n -> { }))).isInstanceOf(app.tether.base.ValidationProblem.class);
    }

    @Test
    void a_client_copy_for_someone_outside_the_case_is_refused() {
        SessionRecord s = latest("Chen Jing");
        long liu = latest("Liu Jia").attendees().getFirst().accountId();
        assertThatThrownBy(() -> users.run("therapist", () -> summaries.print(s.id(), SummaryCopy.forClient(liu),
                PaperSize.A4))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_days_summaries_print_as_one_pdf_with_progress() {
        Person therapist = data.therapist();
        List<Integer> seen = new ArrayList<>();
        for (String name : List.of("Ruth Ade", "Sam Ito", "Tao Wen")) {
            Person client = data.client(name);
            long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
            users.run(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                    LocalDate.now().atTime(0, 5), List.of(client.id()), Map.of(client.id(), 5), null)));
        }
        PrintedSummary day = users.as(therapist.username(), () -> summaries.printDay(LocalDate.now(), PaperSize.A4,
                seen::add));
        String text = read(day.pdf()).text();
        assertThat(text).contains("Ruth Ade", "Sam Ito", "Tao Wen");
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(day.fileName()).isEqualTo("tether-sessions-" + LocalDate.now() + ".pdf");
    }

    @Test
    void each_partners_copy_has_its_own_file_name_with_initials_never_the_name() {
        SessionRecord s = latest("Zhao Lei & Zhou Ting");
        List<String> names = new ArrayList<>();
        names.add(users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.fullRecord(), PaperSize.A4))
                .fileName());
        for (var partner : s.attendees()) {
            names.add(users.as("therapist", () -> summaries.print(s.id(), SummaryCopy.forClient(partner.accountId()),
                    PaperSize.A4)).fileName());
        }
        String day = s.heldAt().toLocalDate().toString();
        assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).matches("[A-Za-z0-9.-]+")
                .contains("-session" + s.number() + "-" + day).doesNotContain("Zhao", "Zhou", "Lei", "Ting"));
        assertThat(names.getFirst()).endsWith("-record.pdf");
        assertThat(names.subList(1, names.size())).containsExactlyInAnyOrder(
                "tether-case" + s.caseId() + "-session" + s.number() + "-" + day + "-client-copy-ZL.pdf",
                "tether-case" + s.caseId() + "-session" + s.number() + "-" + day + "-client-copy-ZT.pdf");
    }

    @Test
    void review_comments_print_under_their_homework_in_the_record_and_the_clients_copy() {
        Person therapist = data.therapist();
        Person client = data.client("Noor Aziz");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, client);
        var zone = java.time.ZoneId.systemDefault();
        LocalDateTime held = LocalDateTime.now().minusHours(1).withNano(0);
        long hope = homeworkProvisioning.assign(caseId, client.id(), therapist.id(),
                catalog.byCode(app.tether.programme.FrameworkExercises.HOPE_QUESTIONS), null, null,
                held.toLocalDate().plusDays(2), held.minusDays(4).atZone(zone).toInstant());
        homeworkProvisioning.submit(hope, new app.tether.homework.Answers(Map.of("tonight",
                List.of("We would walk by the sea after dinner"))), held.minusDays(2).atZone(zone).toInstant());
        homeworkProvisioning.review(hope, "Lovely detail about the sea. What would tell you the walk is near?",
                held.minusDays(1).atZone(zone).toInstant());
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(held,
                List.of(client.id()), Map.of(), "Talked about the walk.")));

        for (SummaryCopy copy : List.of(SummaryCopy.fullRecord(), SummaryCopy.forClient(client.id()))) {
            PrintedSummary printed = users.as(therapist.username(), () -> summaries.print(s.id(), copy,
                    PaperSize.A4));
            keep("review-comment-" + (copy.isClientCopy() ? "client-copy" : "record") + ".pdf", printed.pdf());
            String text = read(printed.pdf()).text();
            String byline = "Review comment from " + therapist.displayName() + ", "
                    + held.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                    java.util.Locale.ENGLISH));
            assertThat(text).contains(byline, "Lovely detail about the sea. What would tell you the walk is near?");
            // Under its homework: after the row, before the next section.
            assertThat(text.indexOf("Hope Questions")).isLessThan(text.indexOf(byline));
            assertThat(text.indexOf(byline)).isLessThan(text.indexOf("Homework for next time"));
        }
    }

    @Test
    void a_name_with_emoji_and_moments_in_other_scripts_print_every_character() {
        Person therapist = data.therapist();
        Person client = data.client("Ana Lima 🌻");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 12, client);
        String wrapped = "We cooked together and nobody looked at a phone. ".repeat(5)
                + "\nSecond line.\nThird line.";
        exceptionProvisioning.log(caseId, client.id(), new EntryInput(LocalDateTime.now().minusHours(5), wrapped,
                "नमस्ते, हम साथ थे", "我们一起做饭", "calm 😊 🎉", "مرحبا بك في البيت", List.of("🍳 cooking"), false),
                false);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusMinutes(30), List.of(client.id()), Map.of(client.id(), 4), null)));
        for (PaperSize paper : PaperSize.values()) {
            PrintedSummary printed = users.as(therapist.username(), () -> summaries.print(s.id(),
                    SummaryCopy.forClient(client.id()), paper));
            keep("emoji-and-scripts-client-copy-" + paper + ".pdf", printed.pdf());
            String text = read(printed.pdf()).text();
            assertThat(text).contains("Ana Lima 🌻: 4 / 10", "Copy for Ana Lima 🌻", "calm 😊 🎉", "🍳 cooking",
                    "नमस्ते, हम साथ थे", "我们一起做饭", "مرحبا بك في البيت").doesNotContain("Ana Lima :");
            assertThat(app.tether.reports.PdfText.fonts(printed.pdf()))
                    .contains("DejaVuSans", "Symbola", "NotoSansDevanagari-Regular", "NotoSansCJKsc-Regular");
            // The label stays beside the first line of its wrapped answer; the next label follows the last line.
            var lines = app.tether.reports.PdfText.lines(printed.pdf());
            float label = app.tether.reports.PdfText.y(lines, "What was different");
            assertThat(app.tether.reports.PdfText.y(lines, "We cooked together"))
                    .isCloseTo(label, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(app.tether.reports.PdfText.y(lines, "What I did"))
                    .isGreaterThan(app.tether.reports.PdfText.y(lines, "Third line."));
            assertThat(printed.fileName()).endsWith("-client-copy-AL.pdf");
        }
    }

    @Test
    void what_each_partner_said_prints_under_their_rating_wrapped_whole_and_literally() {
        Person therapist = data.therapist();
        Person he = data.client("Kai Ono");
        Person she = data.client("Mira Sol");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 24, he, she);
        // Numbered words up to the limit: every one must print, on however many lines and pages it takes.
        StringBuilder words = new StringBuilder();
        for (int i = 1; words.length() < ScaleService.FOLLOW_UP_MAX - 12; i++) {
            words.append("word").append(i).append(' ');
        }
        String long_ = words.toString().strip();
        String markup = "<b>tea</b> & $P{PRACTICE} &amp; <script>x</script>";
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusMinutes(20), List.of(he.id(), she.id()), Map.of(he.id(), 4, she.id(), 6),
                null, null, Map.of(he.id(), new ScaleFollowUp(markup, "Sitting down for dinner."),
                        she.id(), new ScaleFollowUp("Her friends on Friday.", long_)))));

        PrintedSummary record = users.as(therapist.username(), () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        keep("follow-ups-record.pdf", record.pdf());
        String text = read(record.pdf()).text();
        assertThat(text).contains("Kai Ono: 4 / 10", "Mira Sol: 6 / 10", "Why not lower", "One point higher",
                markup, "Sitting down for dinner.", "Her friends on Friday.");
        // Each person's words sit under their own rating, in the case's order.
        assertThat(text.indexOf("Kai Ono: 4 / 10")).isLessThan(text.indexOf(markup));
        assertThat(text.indexOf("Sitting down for dinner.")).isLessThan(text.indexOf("Mira Sol: 6 / 10"));
        assertThat(text.indexOf("Mira Sol: 6 / 10")).isLessThan(text.indexOf("Her friends on Friday."));
        assertThat(text.indexOf("Her friends on Friday.")).isLessThan(text.indexOf("The scale over time"));
        java.util.Set<String> printed = new java.util.HashSet<>(List.of(text.split("\\s+")));
        assertThat(List.of(long_.split(" "))).allSatisfy(w -> assertThat(printed).contains(w));

        String hers = read(users.as(therapist.username(), () -> summaries.print(s.id(),
                SummaryCopy.forClient(she.id()), PaperSize.A4)).pdf()).text();
        assertThat(hers).contains("Mira Sol: 6 / 10", "Her friends on Friday.")
                .doesNotContain("Kai Ono: 4 / 10", "Sitting down for dinner.", "<b>tea</b>");
    }
}
