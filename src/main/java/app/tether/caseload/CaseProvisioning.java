package app.tether.caseload;

import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side creation of cases with a back-dated history, for the demo practice only.
 * Not for views: ModularityTests keeps it to the demo module.
 */
@Component
@Transactional
public class CaseProvisioning {

    private final CaseRepository cases;
    private final StageChangeRepository stageChanges;
    private final AccountDirectory directory;
    private final Clock clock;
    private final TherapistAssignmentRepository assignments;
    private final ReadinessRepository readiness;

    CaseProvisioning(CaseRepository cases, StageChangeRepository stageChanges, AccountDirectory directory,
                     Clock clock, TherapistAssignmentRepository assignments, ReadinessRepository readiness) {
        this.readiness = readiness;
        this.assignments = assignments;
        this.cases = cases;
        this.stageChanges = stageChanges;
        this.directory = directory;
        this.clock = clock;
    }

    public long createCase(CaseKind kind, long therapistId, List<Long> clientIds) {
        Account therapist = directory.find(therapistId).orElseThrow();
        List<Account> clients = clientIds.stream().map(id -> directory.find(id).orElseThrow()).toList();
        long id = cases.save(new CareCase(kind, therapist, clients, clock.instant())).getId();
        assignments.save(new TherapistAssignment(id, therapistId, clock.instant(), null));
        return id;
    }

    public void enrol(long caseId, Lens lens, LocalDate start) {
        CareCase c = cases.findWithPeople(caseId).orElseThrow();
        c.enrol(lens, start);
        stageChanges.save(new StageChange(c, null, 1, "", start, at(start), c.getTherapist()));
    }

    public void recordStageChange(long caseId, int toStage, String reason, LocalDate on) {
        CareCase c = cases.findWithPeople(caseId).orElseThrow();
        Integer from = c.getCurrentStage();
        c.moveTo(toStage);
        stageChanges.save(new StageChange(c, from, toStage, reason, on, at(on), c.getTherapist()));
    }

    /** A couple's readiness for talking together, as assessed on a past day (decision 031). */
    public void recordReadiness(long caseId, boolean ready, LocalDate on, String note, long therapistId) {
        readiness.save(new ReadinessAssessment(caseId, ready, on, note, therapistId, at(on)));
    }

    private java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(17, 0)).atZone(clock.getZone()).toInstant();
    }
}
