package app.tether.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Across nodes (docs/decisions/027): a change another node wrote into {@code home_change} reaches
 * this node's open home screen; this node's own writes leave one row each, in their transaction,
 * so a rolled-back write leaves none.
 */
@IntegrationTest
class HomeChangeFeedTest {

    @Autowired HomeUpdates updates;
    @Autowired HomeChangeFeed feed;
    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;

    JdbcClient jdbc;
    TestUsers users;
    Person therapist;
    Person client;
    long caseId;
    final BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
    Registration screen;

    @BeforeEach
    void openScreen() {
        jdbc = JdbcClient.create(dataSource);
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Ana Across");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 5, client);
        screen = updates.register(therapist.id(), heard::add);
    }

    @AfterEach
    void closeScreen() {
        screen.remove();
    }

    private long rows(String node) {
        return jdbc.sql("SELECT COUNT(*) FROM home_change WHERE case_id = ? AND node_id = ?")
                .params(caseId, node).query(Long.class).single();
    }

    private void logMoment() {
        log.save(caseId, null, new EntryInput(LocalDateTime.now().minusHours(1), "On the stairs", "We paused",
                null, null, null, List.of(), false), 0);
    }

    @Test
    void a_change_written_by_another_node_reaches_this_nodes_open_screen() throws Exception {
        jdbc.sql("INSERT INTO home_change (case_id, node_id, changed_at) VALUES (?, 'another-node', NOW(6))")
                .param(caseId).update();
        // The feed polls every 2 s (tether.home.change-poll); generous for a busy 2-core machine.
        assertThat(heard.poll(15, TimeUnit.SECONDS)).isEqualTo(caseId);
        assertThat(heard.poll(3, TimeUnit.SECONDS)).as("told once").isNull();
    }

    @Test
    void a_committed_write_leaves_one_row_for_this_node_and_a_rolled_back_one_none() throws Exception {
        users.run(client.username(), () -> transactions.executeWithoutResult(tx -> {
            logMoment();
            tx.setRollbackOnly();
        }));
        assertThat(rows(feed.nodeId())).as("rolled back").isZero();

        // The row is written in the writer's own transaction, just before it commits: a commit that
        // fails after that (here a later synchronisation throws) takes the row back with the write.
        users.run(client.username(), () -> {
            try {
                transactions.executeWithoutResult(tx -> {
                    logMoment();
                    org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                            new org.springframework.transaction.support.TransactionSynchronization() {
                                @Override
                                public int getOrder() {
                                    return org.springframework.core.Ordered.LOWEST_PRECEDENCE;
                                }

                                @Override
                                public void beforeCommit(boolean readOnly) {
                                    throw new IllegalStateException("commit fails after the feed's insert");
                                }
                            });
                });
            } catch (IllegalStateException expected) {
                // the write and its row are rolled back
            }
        });
        assertThat(rows(feed.nodeId())).as("failed commit").isZero();

        users.run(client.username(), this::logMoment);
        assertThat(rows(feed.nodeId())).isEqualTo(1);
        // Told in-process, once: the feed skips this node's own row.
        assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(caseId);
        assertThat(heard.poll(4, TimeUnit.SECONDS)).as("not told again by the feed").isNull();
    }
}
