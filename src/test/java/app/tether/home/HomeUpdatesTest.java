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
import app.tether.scales.ScaleService;
import app.tether.security.AccountProvisioning;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a client writes reaches the open home screens of the case's therapist once it is
 * committed, and no one else's; a rolled-back write reaches nobody.
 */
@IntegrationTest
class HomeUpdatesTest {

    /** Generous: the change travels through a background thread on a busy 2-core machine. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired HomeUpdates updates;
    @Autowired ExceptionLogService log;
    @Autowired ScaleService scales;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TransactionTemplate transactions;

    TestUsers users;
    Person therapist;
    Person other;
    Person client;
    Person otherClient;
    long caseId;
    long otherCaseId;
    final BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
    final BlockingQueue<Long> otherHeard = new LinkedBlockingQueue<>();
    Registration mine;
    Registration theirs;

    @BeforeEach
    void openScreens() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        other = data.therapist();
        client = data.client("Ana Live");
        otherClient = data.client("Ben Live");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 5, client);
        otherCaseId = data.enrolledCase(other, Lens.NARRATIVE, 5, otherClient);
        mine = updates.register(therapist.id(), heard::add);
        theirs = updates.register(other.id(), otherHeard::add);
    }

    @AfterEach
    void closeScreens() {
        mine.remove();
        theirs.remove();
    }

    private void logMoment(Person who, long onCase) {
        users.run(who.username(), () -> log.save(onCase, null, new EntryInput(LocalDateTime.now().minusHours(1),
                "At the kitchen table", "We talked it through", null, null, null, List.of("home"), false), 0));
    }

    private Long next(BlockingQueue<Long> queue) throws InterruptedException {
        return queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void a_logged_moment_reaches_its_therapists_screen_and_not_another_therapists() throws Exception {
        logMoment(client, caseId);
        assertThat(next(heard)).isEqualTo(caseId);
        // The other therapist's case changes next; by the time that arrives, the first has long passed.
        logMoment(otherClient, otherCaseId);
        assertThat(next(otherHeard)).isEqualTo(otherCaseId);
        assertThat(heard).isEmpty();
        assertThat(otherHeard).isEmpty();
    }

    @Test
    void a_rating_reaches_its_therapists_screen() throws Exception {
        users.run(client.username(), () -> scales.rateToday(caseId, 6, null, null));
        assertThat(next(heard)).isEqualTo(caseId);
        assertThat(otherHeard).isEmpty();
    }

    @Test
    void a_rolled_back_moment_reaches_no_one() throws Exception {
        users.run(client.username(), () -> transactions.executeWithoutResult(tx -> {
            log.save(caseId, null, new EntryInput(LocalDateTime.now().minusHours(1), "Never kept", "Rolled back",
                    null, null, null, List.of(), false), 0);
            tx.setRollbackOnly();
        }));
        // Changes are told in order: once a later committed one arrives, the rolled-back one would have.
        users.run(client.username(), () -> scales.rateToday(caseId, 7, null, null));
        assertThat(next(heard)).isEqualTo(caseId);
        assertThat(heard).isEmpty();
        users.as(therapist.username(), () -> assertThat(log.count(caseId, app.tether.exceptionlog.ExceptionFilter.none())).isZero());
    }

    @Test
    void a_client_write_is_not_slowed_or_failed_by_a_broken_screen() throws Exception {
        Registration broken = updates.register(therapist.id(), id -> {
            throw new IllegalStateException("a screen that fails");
        });
        try {
            logMoment(client, caseId);
            assertThat(next(heard)).isEqualTo(caseId);
        } finally {
            broken.remove();
        }
    }
}
