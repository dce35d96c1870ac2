package app.tether.sessions;

import app.tether.caseload.CaseIndicator;
import app.tether.caseload.CaseIndicatorSource;
import app.tether.caseload.TreatedCases;
import app.tether.base.PracticeTime;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On each caseload card: when the case is next seen. */
@Component
@Transactional(readOnly = true)
class AppointmentIndicators implements CaseIndicatorSource {

    // The repository, not AppointmentService: that needs the caseload, which collects these sources.
    private final AppointmentRepository appointments;
    private final PracticeTime time;

    AppointmentIndicators(AppointmentRepository appointments, PracticeTime time) {
        this.appointments = appointments;
        this.time = time;
    }

    @Override
    public Map<Long, List<CaseIndicator>> indicators(TreatedCases cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = time.now();
        Map<Long, List<CaseIndicator>> out = new HashMap<>();
        // One row per case, so a full practice's year of appointments is never loaded for the cards.
        for (Object[] next : appointments.findNextPlanned(cases.ids(), now.toLocalDate(), now.toLocalTime())) {
            LocalDateTime start = LocalDateTime.of((java.time.LocalDate) next[1], (java.time.LocalTime) next[2]);
            out.put((Long) next[0], List.of(CaseIndicator.moment("caseload.nextAppointment", start, "next")));
        }
        return out;
    }
}
