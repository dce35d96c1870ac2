package app.tether.home.ui;

import app.tether.home.HomeUpdates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps an open home screen fresh: while {@code view} is attached, a change on one of the
 * therapist's cases calls {@code reload} in the view's UI (server push), coalesced to a few times a
 * second at most, with the signed-in therapist's security context (docs/decisions/018).
 */
final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    /** A burst of changes is gathered for this long before the first reload. */
    static final long GATHER_MILLIS = 150;
    /** At most one reload per screen in this time: two a second. */
    static final long MIN_GAP_MILLIS = 500;

    /**
     * One small pool for every open screen on this node: it only waits out the gaps and runs the
     * reloads; each screen has at most one reload waiting, so the queue is bounded by the screens.
     */
    private static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

    private LiveRefresh() {
    }

    static void keepFresh(Component view, HomeUpdates updates, long therapistId, Runnable reload) {
        // Idempotent per view: a view may call this from onAttach, on every attach.
        Live live = ComponentUtil.getData(view, Live.class);
        if (live == null) {
            Live created = new Live(view, updates, therapistId, reload);
            ComponentUtil.setData(view, Live.class, created);
            view.addAttachListener(e -> created.start(e.getUI()));
            view.addDetachListener(e -> created.stop());
            live = created;
        }
        if (view.isAttached()) {
            view.getUI().ifPresent(live::start);
        }
    }

    /** The listening of one view: started on each attach, ended on each detach. */
    private static final class Live {
        private final Component view;
        private final HomeUpdates updates;
        private final long therapistId;
        private final Runnable reload;
        private Screen screen;
        private Registration registration;

        Live(Component view, HomeUpdates updates, long therapistId, Runnable reload) {
            this.view = view;
            this.updates = updates;
            this.therapistId = therapistId;
            this.reload = reload;
        }

        // Attach and detach run under the session lock, one at a time.
        void start(UI ui) {
            if (screen != null && screen.ui == ui) {
                return;
            }
            stop();
            // Push is off by default (Application): only a live screen opens the channel.
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            }
            Screen s = new Screen(ui, view, SecurityContextHolder.getContext(), reload);
            screen = s;
            registration = updates.register(therapistId, caseId -> s.changed());
        }

        void stop() {
            if (registration != null) {
                registration.remove();
                screen.stop();
                registration = null;
                screen = null;
            }
        }
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        AtomicInteger n = new AtomicInteger();
        var s = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "home-live-refresh-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        s.setRemoveOnCancelPolicy(true);
        return s;
    }

    /** One open home screen: at most one reload waiting, and the time of the last one. */
    private static final class Screen {
        private final UI ui;
        private final Component view;
        private final SecurityContext context;
        private final Runnable reload;
        private ScheduledFuture<?> waiting;
        private long lastReload;
        private boolean reloaded;
        private boolean stopped;

        Screen(UI ui, Component view, SecurityContext signedIn, Runnable reload) {
            this.ui = ui;
            this.view = view;
            // A copy: the request's holder is cleared and reused once the request ends.
            this.context = SecurityContextHolder.createEmptyContext();
            this.context.setAuthentication(signedIn.getAuthentication());
            this.reload = reload;
        }

        /** Called on the thread that announces the change: only schedules, never waits. */
        synchronized void changed() {
            if (stopped || waiting != null) {
                return;
            }
            long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
            long delay = reloaded ? Math.max(GATHER_MILLIS, lastReload + MIN_GAP_MILLIS - now) : GATHER_MILLIS;
            waiting = SCHEDULER.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        }

        private void run() {
            synchronized (this) {
                // Changes from now on schedule the next reload.
                waiting = null;
                lastReload = TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
                reloaded = true;
                if (stopped) {
                    return;
                }
            }
            try {
                ui.access(() -> {
                    if (view.isAttached()) {
                        new DelegatingSecurityContextRunnable(this::reload, context).run();
                    }
                });
            } catch (UIDetachedException e) {
                // The screen was closed meanwhile: nobody to show the change to.
            } catch (RuntimeException e) {
                log.warn("A home screen could not be refreshed", e);
            }
        }

        private void reload() {
            try {
                reload.run();
            } catch (RuntimeException e) {
                // The screen keeps what it showed; the next change or a reload by hand tries again.
                log.warn("A home screen could not be refreshed", e);
            }
        }

        synchronized void stop() {
            stopped = true;
            if (waiting != null) {
                waiting.cancel(false);
                waiting = null;
            }
        }
    }
}
