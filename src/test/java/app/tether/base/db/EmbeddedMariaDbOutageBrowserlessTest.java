package app.tether.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.reliability.OutageUi;
import app.tether.security.AccountProvisioning;
import app.tether.shell.DatabaseDownView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: the database stops while a client is writing a moment. Saving says so in plain words
 * and keeps the text on the screen; opening a page shows a plain page with "Try again", not a
 * stack trace; once the database is back the same click saves, once. A real outage: the shared
 * embedded server is stopped and started again.
 */
@IntegrationTest
class EmbeddedMariaDbOutageBrowserlessTest {

    @Autowired ApplicationContext spring;
    @Autowired ObjectProvider<EmbeddedMariaDb> embedded;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired JdbcTemplate jdbc;

    @Test
    void saving_while_the_database_is_down_says_so_keeps_the_text_and_saves_once_when_it_is_back() {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        assumeTrue(db != null, "needs the embedded MariaDB, which it stops and starts");
        var data = new TestData(accountProvisioning, caseProvisioning);
        var client = data.client("Outage Client");
        data.enrolledCase(data.therapist(), Lens.CONNECTION, 5, client);
        String text = "Breakfast without arguing " + UUID.randomUUID();
        try (OutageUi ui = OutageUi.signIn(spring, client.username())) {
            ui.openMomentForm();
            ui.type(text);
            db.stopServer();
            try {
                assertThat(ui.clickSave()).containsExactly("Saving failed: Tether could not reach its database. "
                        + "What you typed is still here; try again in a moment.");
                assertThat(ui.typed()).isEqualTo(text);
            } finally {
                db.startServer();
            }
            // The same click on the same form, now that the database is back.
            assertThat(ui.clickSave()).containsExactly("Saved. Thank you for noticing it.");
            db.stopServer();
            try {
                var page = ui.openMomentForm();
                assertThat(page).isInstanceOf(DatabaseDownView.class);
                assertThat(OutageUi.text(page)).contains("Tether cannot reach its database", "Try again")
                        .doesNotContain("Exception", "at app.tether");
            } finally {
                db.startServer();
            }
            assertThat(ui.openMomentForm()).isNotInstanceOf(DatabaseDownView.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from exception_entry where client_id = ? and draft = false "
                + "and context = ?", Integer.class, client.id(), text)).isEqualTo(1);
    }
}
