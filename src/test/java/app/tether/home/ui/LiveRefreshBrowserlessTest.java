package app.tether.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.home.HomeUpdates;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The open screen's side of live updates: reloads are coalesced, run in the UI as the signed-in
 * therapist, and stop when the screen is left. Changes are announced by hand here; the path from
 * a client's write to the announcement is HomeUpdatesTest's.
 */
@IntegrationTest
class LiveRefreshBrowserlessTest extends SpringBrowserlessTest {

    /** Stands in for the node's registry: the test announces changes itself. */
    static final class Announcer implements HomeUpdates {
        final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Registration register(long therapistId, LongConsumer listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void changed(long caseId) {
            listeners.forEach(l -> l.accept(caseId));
        }
    }

    final Announcer announcer = new Announcer();
    final AtomicInteger reloads = new AtomicInteger();
    final List<String> reloadedAs = new CopyOnWriteArrayList<>();

    private Div openScreen() {
        Div screen = new Div();
        LiveRefresh.keepFresh(screen, announcer, 1L, () -> {
            reloads.incrementAndGet();
            var auth = SecurityContextHolder.getContext().getAuthentication();
            reloadedAs.add(auth == null ? "nobody" : auth.getName());
        });
        UI.getCurrent().add(screen);
        return screen;
    }

    /** What the end of a request would do: run the UI.access commands other threads queued. */
    private static void takeQueued() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** Lets the UI take what the background threads queued, until {@code done} or a few seconds passed. */
    private static boolean pumpUntil(BooleanSupplier done, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            takeQueued();
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        takeQueued();
        return done.getAsBoolean();
    }

    @Test
    @WithUserDetails("therapist")
    void a_burst_of_twenty_changes_gives_one_or_two_reloads_as_the_therapist() throws Exception {
        openScreen();
        for (int i = 0; i < 20; i++) {
            announcer.changed(i);
        }
        SecurityContextHolder.clearContext();
        assertThat(pumpUntil(() -> reloads.get() > 0, 5_000)).as("reloaded within a few seconds").isTrue();
        pumpUntil(() -> false, 1_200);
        assertThat(reloads.get()).isBetween(1, 2);
        assertThat(reloadedAs).containsOnly("therapist");
    }

    @Test
    @WithUserDetails("therapist")
    void changes_spread_over_time_keep_reloading() throws Exception {
        openScreen();
        announcer.changed(1);
        assertThat(pumpUntil(() -> reloads.get() == 1, 5_000)).isTrue();
        announcer.changed(2);
        assertThat(pumpUntil(() -> reloads.get() == 2, 5_000)).isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void a_screen_that_was_left_is_not_reloaded_and_stops_listening() throws Exception {
        Div screen = openScreen();
        assertThat(announcer.listeners).hasSize(1);
        announcer.changed(1);
        UI.getCurrent().remove(screen);
        assertThat(announcer.listeners).isEmpty();
        pumpUntil(() -> false, 1_000);
        assertThat(reloads.get()).isZero();

        UI.getCurrent().add(screen);
        // A view that asks again on each attach (from onAttach) still listens once.
        LiveRefresh.keepFresh(screen, announcer, 1L, reloads::incrementAndGet);
        assertThat(announcer.listeners).hasSize(1);
        announcer.changed(2);
        assertThat(pumpUntil(() -> reloads.get() == 1, 5_000)).isTrue();
    }
}
