package app.tether.homework;

import app.tether.base.PracticeTime;
import app.tether.caseload.CaseAccessPolicy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Opens the current week of weekly exercises (decision record 034). Each week is its own assignment,
 * created the first time someone looks at the series in a new week (the client's homework list, the
 * case's Homework tab), never in advance: a week nobody looked at leaves no piece behind. A series
 * goes on while its latest week is not cancelled, its case is open and its client active and on the case.
 * Callers have checked access.
 */
@Component
class WeeklySeries {

    private final AssignmentRepository assignments;
    private final CaseAccessPolicy access;
    private final PracticeTime practiceTime;
    private final Clock clock;
    private final WeeklyPieceWriter writer;

    WeeklySeries(AssignmentRepository assignments, CaseAccessPolicy access, PracticeTime practiceTime, Clock clock,
                 WeeklyPieceWriter writer) {
        this.assignments = assignments;
        this.writer = writer;
        this.access = access;
        this.practiceTime = practiceTime;
        this.clock = clock;
    }

    /** The practice's today: weekly pieces are due on the practice's Sunday, so overdue is read there too. */
    LocalDate today() {
        return practiceTime.today();
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
     * Adds this week's piece to every series among {@code pieces} whose latest week, cancelled ones
     * included, is an earlier one; returns the list with the new pieces added (the list itself when
     * nothing was due). A series stops when its latest week was cancelled, its case is closed, or its
     * client is inactive or no longer on the case.
     */
    List<Assignment> openThisWeek(List<Assignment> pieces) {
        LocalDate monday = thisWeek();
        Map<String, LocalDate> seen = new HashMap<>();
        for (Assignment a : pieces) {
            if (a.getSeriesKey() != null) {
                seen.merge(a.getSeriesKey(), a.getWeekOf(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        Set<String> behind = new HashSet<>();
        seen.forEach((key, week) -> {
            if (week.isBefore(monday)) {
                behind.add(key);
            }
        });
        if (behind.isEmpty()) {
            return pieces;
        }
        // The caller's list may leave cancelled weeks out (a client's list does): the latest week of
        // each series is read from all its rows, in one query.
        List<Assignment> added = new ArrayList<>();
        Map<String, Boolean> goesOn = new HashMap<>();
        for (Assignment last : assignments.findLatestWeeks(behind)) {
            if (!last.getWeekOf().isBefore(monday) || last.getStatus() == AssignmentStatus.CANCELLED) {
                continue;
            }
            long caseId = last.getCaseId();
            long clientId = last.getClient().getId();
            if (!goesOn.computeIfAbsent(caseId + "/" + clientId, k -> access.goesOnFor(caseId, clientId))) {
                continue;
            }
            added.add(writer.open(last, monday, clock.instant()));
        }
        if (added.isEmpty()) {
            return pieces;
        }
        List<Assignment> all = new ArrayList<>(added);
        all.addAll(pieces);
        return all;
    }
}
