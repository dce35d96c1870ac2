package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The welcome letter read back from the PDF; the password goes on paper only. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WelcomeLetterPdfTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired TwoFactorService twoFactor;
    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void a_new_accounts_letter_names_the_practice_person_username_password_address_and_expiry(CapturedOutput output)
            throws IOException {
        String username = "letter." + UUID.randomUUID().toString().substring(0, 8);
        CreatedAccount created = users.as("admin",
                () -> accounts.createAccount(new NewAccount(username, "Siobhán Ó Briain", Role.CLIENT)));
        WelcomeLetterPdf pdf = users.as("admin", () -> accounts.welcomeLetter(created.account().id(),
                created.temporaryPassword(), "https://tether.example.org"));
        if (System.getenv("TETHER_KEEP_PDF") != null) {
            Files.write(Path.of(System.getenv("TETHER_KEEP_PDF")), pdf.pdf());
        }
        assertThat(pdf.fileName()).isEqualTo("welcome-" + username + ".pdf");
        String text = text(pdf.pdf());
        assertThat(text).contains("Your account at Tether practice", "Tether practice has set up your account.", "Dear Siobhán Ó Briain,", username,
                created.temporaryPassword(), "https://tether.example.org", "The one-time password works until",
                "Keep this letter private");
        // 72 hours from now, written out with the weekday.
        assertThat(text).containsPattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");

        List<String> lines = jdbc.queryForList("select coalesce(detail, '') from audit_event where subject_id = ?"
                + " and action = 'WELCOME_LETTER_PRINTED'", String.class, created.account().id());
        assertThat(lines).hasSize(1);
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_event", String.class))
                .noneMatch(d -> d.contains(created.temporaryPassword()));
        assertThat(output.getAll()).doesNotContain(created.temporaryPassword());
    }

    @Test
    void after_a_reset_only_the_new_password_prints_and_those_asked_for_a_code_are_told_to_set_it_up() throws IOException {
        var created = users.as("admin", () -> accounts.createAccount(
                new NewAccount("letter." + UUID.randomUUID().toString().substring(0, 8), "Ana Costa", Role.THERAPIST)));
        long id = created.account().id();
        String fresh = users.as("admin", () -> accounts.resetPassword(id));
        assertThatThrownBy(() -> users.run("admin", () -> accounts.welcomeLetter(id, created.temporaryPassword(),
                "http://localhost")))
                .isInstanceOfSatisfying(app.tether.base.ValidationProblem.class, p -> assertThat(
                        p.errors().getFirst().messageKey()).isEqualTo("validation.letter.passwordChanged"));
        users.run("admin", () -> twoFactor.setRequired(id, true));
        byte[] pdf = users.as("admin", () -> accounts.welcomeLetter(id, fresh, "http://localhost:8080")).pdf();
        if (System.getenv("TETHER_KEEP_PDF") != null) {
            Files.write(Path.of(System.getenv("TETHER_KEEP_PDF").replace(".pdf", "-staff.pdf")), pdf);
        }
        assertThat(text(pdf)).contains(fresh, "http://localhost:8080", "Set up two-factor sign-in");
    }

    @Test
    void only_an_admin_prints_a_letter() {
        var created = users.as("admin", () -> accounts.createAccount(
                new NewAccount("letter." + UUID.randomUUID().toString().substring(0, 8), "Ben Ito", Role.CLIENT)));
        for (String who : new String[] {"therapist", "chen.jing"}) {
            assertThatThrownBy(() -> users.run(who, () -> accounts.welcomeLetter(created.account().id(),
                    created.temporaryPassword(), "http://localhost"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_event where action = 'ACCESS_DENIED'"
                + " and subject_id = ?", String.class, created.account().id()))
                .hasSize(2).noneMatch(d -> d.contains(created.temporaryPassword()));
    }
}
