package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.reports.PaperSize;
import app.tether.reports.PdfText;
import app.tether.security.AccountProvisioning;
import app.tether.security.AccountService;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each printed copy in its reader's language: the client's copy in theirs, the record in the therapist's. */
@IntegrationTest
class SummaryLanguageTest {

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired ExceptionProvisioning exceptionProvisioning;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    TestUsers users;
    TestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
    }

    private void speaks(long accountId, String tag) {
        jdbc.update("update account set language = ? where id = ?", tag, accountId);
    }

    @Test
    void the_clients_copy_prints_in_chinese_while_the_therapists_record_of_the_same_session_is_english() {
        Person therapist = data.therapist();
        Person client = data.client("陈静");
        speaks(client.id(), "zh-CN");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 12, client);
        LocalDateTime happened = LocalDateTime.now().minusHours(5).withSecond(0).withNano(0);
        exceptionProvisioning.log(caseId, client.id(), new EntryInput(happened, "我们一起做饭，没有看手机",
                "I stayed", "也许可以平静地谈", "平静", "We can do this", List.of("做饭"), true), false);
        LocalDateTime held = LocalDateTime.now().minusMinutes(30).withSecond(0).withNano(0);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                held, List.of(client.id()), Map.of(client.id(), 6), "Notes in English.")));

        PrintedSummary copy = users.as(therapist.username(), () -> summaries.print(s.id(),
                SummaryCopy.forClient(client.id()), PaperSize.A4));
        SessionSummaryPdfTest.keep("zh-client-copy.pdf", copy.pdf());
        String zh = SessionSummaryPdfTest.read(copy.pdf()).text();
        String zhDay = held.format(DateTimeFormatter.ofPattern("yyyy年M月d日 EEE HH:mm", Locale.SIMPLIFIED_CHINESE));
        assertThat(zhDay).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 周. \\d{2}:\\d{2}");
        assertThat(zh).contains("会谈小结：来访者副本", "陈静的副本", "第 1 次会谈 · " + zhDay, "陈静：6 / 10", "评分趋势",
                "好一点的时刻", "重要", "我们一起做饭，没有看手机", "作业", "下次的作业", "签名", "第 1 页，共")
                .doesNotContain("Session summary", "Better moments", "Notes in English.");
        assertThat(PdfText.fonts(copy.pdf())).contains("NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold")
                .doesNotContain("DejaVuSans");
        assertThat(PdfText.fontOf(copy.pdf(), "好一点的时刻")).isEqualTo("NotoSansCJKsc-Bold");
        assertThat(PdfText.fontOf(copy.pdf(), "会谈小结")).isEqualTo("NotoSansCJKsc-Bold");

        // The therapist has not chosen a language: the record of the same session is in English.
        PrintedSummary record = users.as(therapist.username(), () -> summaries.print(s.id(), SummaryCopy.fullRecord(),
                PaperSize.A4));
        SessionSummaryPdfTest.keep("zh-client-en-record.pdf", record.pdf());
        String en = SessionSummaryPdfTest.read(record.pdf()).text();
        assertThat(en).contains("Session summary", "Session 1 · "
                        + held.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK)),
                "陈静: 6 / 10", "Better moments", "我们一起做饭，没有看手机", "Notes in English.", "Page 1 of")
                .doesNotContain("会谈小结", "好一点的时刻");
        assertThat(PdfText.fonts(record.pdf())).contains("DejaVuSans", "DejaVuSans-Bold", "NotoSansCJKsc-Regular");
    }

    @Test
    void a_therapist_who_reads_chinese_gets_the_record_and_the_days_batch_in_chinese_and_an_english_clients_copy() {
        Person therapist = data.therapist();
        speaks(therapist.id(), "zh-CN");
        Person client = data.client("Ana Lima");
        speaks(client.id(), "en-GB");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 12, client);
        LocalDateTime held = LocalDateTime.now().minusMinutes(40).withSecond(0).withNano(0);
        SessionRecord s = users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                held, List.of(client.id()), Map.of(client.id(), 4), null)));

        String record = SessionSummaryPdfTest.read(users.as(therapist.username(), () -> summaries.print(s.id(),
                SummaryCopy.fullRecord(), PaperSize.A4)).pdf()).text();
        assertThat(record).contains("会谈小结", "Ana Lima：4 / 10", "会谈笔记", "本次会谈没有笔记。");
        String day = SessionSummaryPdfTest.read(users.as(therapist.username(), () -> summaries.printDay(
                held.toLocalDate(), PaperSize.A4, n -> { })).pdf()).text();
        assertThat(day).contains("会谈小结", "Ana Lima：4 / 10").doesNotContain("Session summary");
        String copy = SessionSummaryPdfTest.read(users.as(therapist.username(), () -> summaries.print(s.id(),
                SummaryCopy.forClient(client.id()), PaperSize.A4)).pdf()).text();
        assertThat(copy).contains("Session summary: client copy", "Copy for Ana Lima", "Ana Lima: 4 / 10")
                .doesNotContain("会谈");
    }

    @Test
    void a_chinese_clients_welcome_letter_is_in_chinese_and_an_english_one_stays_english() {
        String username = "letter.zh." + UUID.randomUUID().toString().substring(0, 8);
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(username, "周婷", Role.CLIENT)));
        speaks(created.account().id(), "zh-CN");
        byte[] pdf = users.as("admin", () -> accounts.welcomeLetter(created.account().id(),
                created.temporaryPassword(), "https://tether.example.org")).pdf();
        SessionSummaryPdfTest.keep("welcome-letter-zh.pdf", pdf);
        String text = SessionSummaryPdfTest.read(pdf).text();
        assertThat(text).contains("周婷", username, created.temporaryPassword(), "https://tether.example.org")
                .doesNotContain("Dear ", "Keep this letter private");
        // The expiry, written out the Chinese way with the weekday.
        assertThat(text).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 周. \\d{2}:\\d{2}");
        assertThat(PdfText.fonts(pdf)).contains("NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold")
                .doesNotContain("DejaVuSans");

        var english = users.as("admin", () -> accounts.createAccount(new NewAccount(
                "letter.en." + UUID.randomUUID().toString().substring(0, 8), "Ben Ito", Role.CLIENT)));
        String en = SessionSummaryPdfTest.read(users.as("admin", () -> accounts.welcomeLetter(english.account().id(),
                english.temporaryPassword(), "https://tether.example.org")).pdf()).text();
        assertThat(en).contains("Dear Ben Ito,", "Keep this letter private");
    }
}
