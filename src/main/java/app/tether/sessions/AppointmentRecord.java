package app.tether.sessions;

import app.tether.caseload.ClientRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** An appointment as screens show it; times are wall-clock in the practice's time zone. */
public record AppointmentRecord(long id, long caseId, String caseTitle, Long seriesId, LocalDate day,
                                LocalTime start, int minutes, List<ClientRef> partners, AppointmentMode mode,
                                String place, AppointmentStatus status, CancelledBy cancelledBy,
                                Integer noticeHours, Long sessionId, long version) {

    public LocalDateTime startsAt() {
        return day.atTime(start);
    }

    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(minutes);
    }

    public boolean planned() {
        return status == AppointmentStatus.PLANNED;
    }

    /** A session can be recorded from it: not cancelled and nothing recorded yet. */
    public boolean canRecord() {
        return sessionId == null && status != AppointmentStatus.CANCELLED;
    }

    /** Cancelled with less notice than the practice asks for. */
    public boolean lateCancellation() {
        return status == AppointmentStatus.CANCELLED && noticeHours != null
                && noticeHours < AppointmentService.LATE_NOTICE_HOURS;
    }
}
