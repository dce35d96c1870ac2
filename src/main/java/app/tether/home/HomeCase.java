package app.tether.home;

import app.tether.caseload.CaseKind;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One case on the home screen. {@code lens}, {@code stage} and {@code programmeDay} are null until
 * the case is enrolled; {@code closedOn} is null while it is open (closed cases carry no counts).
 * {@code returnDay} is set while the case is back at a stage it had passed: the day of that return
 * (1 on the day of the move back).
 */
public record HomeCase(long caseId, CaseKind kind, List<String> clientNames, Lens lens, Stage stage,
                       Long programmeDay, List<PartnerTrend> partners, int overdueHomework, int waitingReview,
                       int unreviewedMoments, LocalDate lastSession, LocalDateTime nextSession,
                       List<AttentionReason> reasons, LocalDate closedOn, Long returnDay) {

    public HomeCase {
        clientNames = List.copyOf(clientNames);
        partners = List.copyOf(partners);
        reasons = List.copyOf(reasons);
    }

    /** A case that is not in a return to an earlier stage. */
    public HomeCase(long caseId, CaseKind kind, List<String> clientNames, Lens lens, Stage stage, Long programmeDay,
                    List<PartnerTrend> partners, int overdueHomework, int waitingReview, int unreviewedMoments,
                    LocalDate lastSession, LocalDateTime nextSession, List<AttentionReason> reasons,
                    LocalDate closedOn) {
        this(caseId, kind, clientNames, lens, stage, programmeDay, partners, overdueHomework, waitingReview,
                unreviewedMoments, lastSession, nextSession, reasons, closedOn, null);
    }

    public String title() {
        return String.join(" & ", clientNames);
    }

    /** At least one reason the therapist has not acknowledged. */
    public boolean needsAttention() {
        return reasons.stream().anyMatch(r -> !r.acknowledged());
    }

    /** The highest urgency among unacknowledged reasons, 0 when none. */
    public int urgency() {
        return reasons.stream().filter(r -> !r.acknowledged()).mapToInt(AttentionReason::urgency).max().orElse(0);
    }
}
