package app.tether.letters;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.reports.PdfText;
import app.tether.security.AccountProvisioning;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A letter's PDF read back with PDFBox: the text as written, in any script, markup-like text printed as text. */
@IntegrationTest
class LetterPdfTest {

    static final String BODY = """
            Dear Chen Jing,

            Last week you said: the weekend market is where we find each other again.
            <b>x</b> and ${x} and &amp; are only characters here.

            陈静，你好。你提到周末一起买菜的时候，你们会相视而笑。这是一个值得多留意的时刻。

            With warm regards""";

    @Autowired LetterService letters;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    TestUsers users;
    Person therapist;
    Person client;
    long letterId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        client = data.client("陈静 Letters");
        long caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 20, client);
        letterId = users.as(therapist.username(), () -> {
            var draft = letters.startLetter(caseId, new LetterInput(List.of(client.id()), ""));
            return letters.send(draft.id(), new LetterInput(List.of(client.id()), BODY), draft.version()).id();
        });
    }

    /** All text with whitespace removed: extraction does not keep layout whitespace (decision record 029). */
    private static String squeezed(byte[] pdf) {
        return PdfText.lines(pdf).stream().map(PdfText.Line::text).collect(Collectors.joining())
                .replaceAll("\\s+", "");
    }

    @Test
    void the_letter_prints_as_written_with_markup_like_text_and_chinese_literally() {
        app.tether.base.PdfFile pdf = users.as(client.username(), () -> letters.print(letterId));
        String text = squeezed(pdf.pdf());
        for (String paragraph : BODY.split("\n")) {
            assertThat(text).contains(paragraph.replaceAll("\\s+", ""));
        }
        assertThat(text).contains("<b>x</b>", "${x}", "&amp;", "To陈静Letters", "Page1");
        assertThat(pdf.fileName()).matches("tether-case\\d+-letter" + letterId + "-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        // English reader: DejaVu for the letters, the CJK face only as the fallback for the Chinese.
        assertThat(PdfText.fonts(pdf.pdf())).anyMatch(f -> f.startsWith("DejaVuSans"))
                .anyMatch(f -> f.startsWith("NotoSansCJKsc"));
    }

    @Test
    void a_word_longer_than_a_line_prints_whole() {
        String word = "a".repeat(4000) + "END";
        long id = users.as(therapist.username(), () -> {
            long caseId = letters.letter(letterId).caseId();
            var draft = letters.startLetter(caseId, new LetterInput(List.of(client.id()), ""));
            return letters.send(draft.id(), new LetterInput(List.of(client.id()), word), draft.version()).id();
        });
        String text = squeezed(users.as(client.username(), () -> letters.print(id)).pdf());
        assertThat(text).contains("aEND");
        assertThat(text.chars().filter(c -> c == 'a').count()).isGreaterThanOrEqualTo(4000);
    }

    @Test
    void a_chinese_reader_gets_chinese_labels_and_date_with_the_same_text() {
        jdbc.update("update account set language = 'zh-CN' where id = ?", client.id());
        app.tether.base.PdfFile pdf = users.as(client.username(), () -> letters.print(letterId));
        String text = squeezed(pdf.pdf());
        assertThat(text).contains("致陈静Letters", "第1页", "<b>x</b>", "${x}", "&amp;",
                "陈静，你好。你提到周末一起买菜的时候，你们会相视而笑。这是一个值得多留意的时刻。");
        assertThat(text).matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日.*");
        assertThat(PdfText.fonts(pdf.pdf())).allMatch(f -> f.startsWith("NotoSansCJKsc"));
    }

    @Test
    void the_therapist_prints_the_same_letter_and_each_print_is_audited() {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'LETTER_PRINTED' "
                + "and subject_id = ?", Long.class, letterId);
        app.tether.base.PdfFile pdf = users.as(therapist.username(), () -> letters.print(letterId));
        assertThat(squeezed(pdf.pdf())).contains("<b>x</b>and${x}and&amp;areonlycharactershere.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LETTER_PRINTED' "
                + "and subject_id = ?", Long.class, letterId)).isEqualTo(before + 1);
    }
}
