package app.tether.caseload;

import app.tether.base.PracticeTime;
import app.tether.base.ValidationProblem;
import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's readiness for exercises that have the partners talk together (decision 031). Only the
 * treating therapist records and reads it; each assessment is kept, the latest counts.
 */
@Service
@Transactional
public class ReadinessService {

    public static final int NOTE_MAX = 500;

    private final ReadinessRepository assessments;
    private final CaseAccessPolicy access;
    private final CaseRepository cases;
    private final AccountDirectory directory;
    private final PracticeTime practiceTime;
    private final Clock clock;

    ReadinessService(ReadinessRepository assessments, CaseAccessPolicy access, CaseRepository cases,
                     AccountDirectory directory, PracticeTime practiceTime, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.cases = cases;
        this.directory = directory;
        this.practiceTime = practiceTime;
        this.clock = clock;
    }

    /** The case's readiness and its history; an individual case is never assessed. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public CoupleReadiness readiness(long caseId) {
        access.requireTreatingTherapist(caseId);
        Map<Long, String> names = new HashMap<>();
        List<ReadinessRecord> history = assessments.findByCase(caseId).stream()
                .map(a -> new ReadinessRecord(a.getId(), a.isReady(), a.getAssessedOn(), a.getNote(),
                        names.computeIfAbsent(a.getRecordedBy(),
                                id -> directory.find(id).map(Account::getDisplayName).orElse("")),
                        a.getRecordedAt()))
                .toList();
        return new CoupleReadiness(history.isEmpty() ? null : history.getFirst(), history);
    }

    /** Records an assessment of a couple case (on a day not after today, in the practice's time zone). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CoupleReadiness recordReadiness(long caseId, ReadinessInput input) {
        TetherUser me = access.requireTreatingTherapistToChange(caseId);
        CareCase careCase = cases.findById(caseId).orElseThrow();
        if (careCase.getKind() != CaseKind.COUPLE) {
            throw ValidationProblem.of("ready", "validation.readiness.coupleOnly");
        }
        var problems = new ValidationProblem.Collector();
        if (input.ready() == null) {
            problems.add("ready", "validation.readiness.choose");
        }
        if (input.assessedOn() == null) {
            problems.add("assessedOn", "validation.readiness.date");
        } else if (input.assessedOn().isAfter(practiceTime.today())) {
            problems.add("assessedOn", "validation.readiness.future");
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add("note", "validation.text.tooLong", NOTE_MAX, note.length());
        }
        problems.throwIfAny();
        assessments.saveAndFlush(new ReadinessAssessment(caseId, input.ready(), input.assessedOn(), note,
                me.accountId(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return readiness(caseId);
    }
}
