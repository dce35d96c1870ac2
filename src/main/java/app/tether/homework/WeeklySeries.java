package app.tether.homework;

import app.tether.base.PracticeTime;
import app.tether.caseload.CaseAccessPolicy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens the current week of weekly exercises (decision record 034). Each week is its own assignment,
 * created the first time someone looks at the series in a new week (the client's homework list, the
 * case's Homework tab), never in advance: a week nobody looked at leaves no piece behind. A series
 * goes on while its latest week is not cancelled and its case is open. Callers have checked access.
 */
@Component
class WeeklySeries {

    private final AssignmentRepository assignments;
    private final CaseAccessPolicy access;
    private final PracticeTime practiceTime;
    private final Clock clock;

    WeeklySeries(AssignmentRepository assignments, CaseAccessPolicy access, PracticeTime practiceTime, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.practiceTime = practiceTime;
        this.clock = clock;
    }

    /** The Monday of the practice's current week, as the rituals count weeks. */
    LocalDate thisWeek() {
        return mondayOf(practiceTime.today());
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The first week of a series given on {@code day}: that week, or the coming one when given at the
     * weekend (a Commitment made on a Saturday is for the week ahead, not for the day and a half left).
     */
    static LocalDate firstWeek(LocalDate day) {
        return day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : mondayOf(day);
    }

    /** The first week of a series given today. */
    LocalDate firstWeek() {
        return firstWeek(practiceTime.today());
    }

    /**
     * Adds this week's piece to every series among {@code pieces} that has none yet; returns the list
     * with the new pieces added (the list itself when nothing was due).
     */
    List<Assignment> openThisWeek(List<Assignment> pieces) {
        // A read-only caller (the case export) reads what is stored; the next screen opens the week.
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return pieces;
        }
        LocalDate monday = thisWeek();
        Map<String, Assignment> latest = new HashMap<>();
        for (Assignment a : pieces) {
            if (a.getSeriesKey() != null) {
                latest.merge(a.getSeriesKey(), a,
                        (x, y) -> Comparator.comparing(Assignment::getWeekOf).compare(x, y) >= 0 ? x : y);
            }
        }
        List<Assignment> added = new ArrayList<>();
        Map<Long, Boolean> open = new HashMap<>();
        for (Assignment last : latest.values()) {
            if (!last.getWeekOf().isBefore(monday) || last.getStatus() == AssignmentStatus.CANCELLED) {
                continue;
            }
            if (!open.computeIfAbsent(last.getCaseId(), id -> access.closedOn(id).isEmpty())) {
                continue;
            }
            added.add(assignments.save(last.nextWeek(monday, clock.instant())));
        }
        if (added.isEmpty()) {
            return pieces;
        }
        assignments.flush();
        List<Assignment> all = new ArrayList<>(added);
        all.addAll(pieces);
        return all;
    }
}
