package app.tether.sessions;

import app.tether.base.PracticeTime;
import app.tether.caseload.CaseClosed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A closed case has no more sessions to come: its planned appointments still ahead are cancelled
 * by the practice in the closing transaction, so they leave the week, the feed and the client's home.
 */
@Component
class ClosedCaseAppointments {

    private final AppointmentRepository appointments;
    private final PracticeTime time;
    private final Clock clock;

    ClosedCaseAppointments(AppointmentRepository appointments, PracticeTime time, Clock clock) {
        this.appointments = appointments;
        this.time = time;
        this.clock = clock;
    }

    @EventListener
    void on(CaseClosed closed) {
        LocalDateTime now = time.now();
        for (Appointment a : appointments.findByCase(closed.caseId())) {
            if (a.getStatus() == AppointmentStatus.PLANNED && a.start().isAfter(now)) {
                long hours = Duration.between(now, a.start()).toHours();
                a.cancel(CancelledBy.PRACTICE, (int) Math.min(hours, Integer.MAX_VALUE), clock.instant());
            }
        }
        appointments.flush();
    }
}
