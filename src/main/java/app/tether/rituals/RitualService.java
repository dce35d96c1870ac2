package app.tether.rituals;

import app.tether.base.PracticeTime;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreed rituals (decision 031). The treating therapist and the case's clients add them; the
 * therapist stops them. Each client ticks a ritual off for themselves only, for today (daily) or this
 * week (weekly, weeks start on Monday in the practice's time zone), and may take a tick back the same
 * day. The partners of a case see each other's ticks; the therapist sees counts per week.
 */
@Service
@Transactional
public class RitualService {

    public static final int NAME_MAX = 120;
    public static final int NOTE_MAX = 500;
    /** Weeks the therapist's table counts, this one included. */
    public static final int WEEKS = 8;

    private final RitualRepository rituals;
    private final RitualTickRepository ticks;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final PracticeTime practiceTime;
    private final Clock clock;

    RitualService(RitualRepository rituals, RitualTickRepository ticks, CaseAccessPolicy access,
                  CaseloadService caseload, AccountDirectory directory, CurrentUser currentUser,
                  PracticeTime practiceTime, Clock clock) {
        this.rituals = rituals;
        this.ticks = ticks;
        this.access = access;
        this.caseload = caseload;
        this.directory = directory;
        this.currentUser = currentUser;
        this.practiceTime = practiceTime;
        this.clock = clock;
    }

    /** The Monday that starts the week of {@code day}. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    // ---- the therapist ----

    /** The case's rituals still in use, oldest first. */
    @PreAuthorize(Roles.HAS_THERAPIST_OR_CLIENT)
    @Transactional(readOnly = true)
    public List<RitualRecord> caseRituals(long caseId) {
        access.requireParticipant(caseId);
        Names names = new Names();
        return rituals.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream().filter(Ritual::isActive)
                .map(r -> record(r, names)).toList();
    }

    /**
     * Per ritual in use at some time in the last {@link #WEEKS} weeks (this week last) and per client of
     * the case, how many times it was ticked in each of those weeks. A stopped ritual keeps its rows
     * while its weeks are in view: what was done stays counted.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public RitualWeeks weeklyCounts(long caseId) {
        access.requireTreatingTherapist(caseId);
        LocalDate thisWeek = weekOf(practiceTime.today());
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        List<Ritual> shown = rituals.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .filter(r -> inUseBetween(r, weeks.getFirst(), thisWeek.plusWeeks(1))).toList();
        List<RitualTick> all = shown.isEmpty() ? List.of() : ticks.findByRitualIdInAndDoneOnBetween(
                shown.stream().map(Ritual::getId).toList(), weeks.getFirst(), thisWeek.plusDays(6));
        List<ClientRef> clients = caseload.caseDetails(caseId).clients();
        Names names = new Names();
        List<RitualWeeks.Row> rows = new ArrayList<>();
        for (Ritual r : shown) {
            RitualRecord rec = record(r, names);
            for (ClientRef c : clients) {
                List<Integer> counts = weeks.stream().map(w -> (int) all.stream()
                        .filter(t -> t.getRitualId() == r.getId() && t.getClientId() == c.accountId()
                                && !t.getDoneOn().isBefore(w) && t.getDoneOn().isBefore(w.plusWeeks(1)))
                        .count()).toList();
                rows.add(new RitualWeeks.Row(rec, c.accountId(), c.displayName(), counts));
            }
        }
        return new RitualWeeks(weeks, rows);
    }

    /**
     * The rituals in use at some time in the week of {@code day} (also those started or stopped during
     * it) with each client's count for that week, for the printed session summary.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<RitualSummaryLine> summaryLines(long caseId, LocalDate day) {
        access.requireTreatingTherapist(caseId);
        LocalDate week = weekOf(day);
        List<Ritual> shown = rituals.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .filter(r -> inUseBetween(r, week, week.plusWeeks(1))).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<RitualTick> all = ticks.findByRitualIdInAndDoneOnBetween(shown.stream().map(Ritual::getId).toList(),
                week, week.plusDays(6));
        List<ClientRef> clients = caseload.caseDetails(caseId).clients();
        Names names = new Names();
        return shown.stream().map(r -> new RitualSummaryLine(record(r, names), clients.stream()
                .map(c -> new RitualSummaryLine.Count(c.displayName(), (int) all.stream()
                        .filter(t -> t.getRitualId() == r.getId() && t.getClientId() == c.accountId()).count()))
                .toList())).toList();
    }

    /**
     * Whether the ritual was in use at some time from the start of {@code from} to the start of
     * {@code until} (days in the practice time zone): added before the end, not stopped before the start.
     */
    private boolean inUseBetween(Ritual r, LocalDate from, LocalDate until) {
        java.time.Instant start = from.atStartOfDay(practiceTime.zone()).toInstant();
        java.time.Instant end = until.atStartOfDay(practiceTime.zone()).toInstant();
        return r.getCreatedAt().isBefore(end) && (r.getEndedAt() == null || !r.getEndedAt().isBefore(start));
    }

    /** Adds a ritual to the case: by its treating therapist, or by one of its clients. */
    @PreAuthorize(Roles.HAS_THERAPIST_OR_CLIENT)
    public RitualRecord addRitual(long caseId, RitualInput input) {
        TetherUser me = access.requireParticipantToChange(caseId);
        var problems = new ValidationProblem.Collector();
        String name = input.name() == null || input.name().isBlank() ? null : input.name().strip();
        if (input.suggestion() == null && name == null) {
            problems.add("name", "validation.ritual.name");
        }
        if (input.suggestion() != null) {
            name = null;
        } else if (name != null && name.length() > NAME_MAX) {
            problems.add("name", "validation.text.tooLong", NAME_MAX, name.length());
        }
        if (input.frequency() == null) {
            problems.add("frequency", "validation.ritual.frequency");
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add("note", "validation.text.tooLong", NOTE_MAX, note.length());
        }
        problems.throwIfAny();
        Ritual r = rituals.saveAndFlush(new Ritual(caseId, input.suggestion(), name, input.frequency(), note,
                me.accountId(), now()));
        return record(r, new Names());
    }

    /** Stops a ritual: no longer on the card or counted ahead; what was ticked stays. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void stopRitual(long ritualId, long expectedVersion) {
        Ritual r = find(ritualId);
        access.requireTreatingTherapistToChange(r.getCaseId());
        r.checkVersion(expectedVersion);
        if (!r.isActive()) {
            throw ValidationProblem.of("ritual", "validation.ritual.stopped");
        }
        r.stop(now());
        rituals.saveAndFlush(r);
    }

    // ---- the client ----

    /** The signed-in client's rituals in their open cases, with this day's or week's ticks. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<MyRitual> myRituals() {
        long me = currentUser.require().accountId();
        List<Long> open = caseload.myCases().stream().filter(c -> c.closedOn() == null).map(CaseSummary::caseId)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Ritual> mine = rituals.findByCaseIdInAndEndedAtIsNullOrderByCreatedAtAscIdAsc(open);
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate today = practiceTime.today();
        List<RitualTick> recent = ticks.findByRitualIdInAndDoneOnBetween(mine.stream().map(Ritual::getId).toList(),
                weekOf(today), today);
        Names names = new Names();
        return mine.stream().map(r -> {
            LocalDate period = periodStart(r, today);
            List<RitualTick> now = recent.stream()
                    .filter(t -> t.getRitualId() == r.getId() && t.getPeriodStart().equals(period)).toList();
            RitualTick own = now.stream().filter(t -> t.getClientId() == me).findFirst().orElse(null);
            List<String> others = now.stream().filter(t -> t.getClientId() != me)
                    .map(t -> names.of(t.getClientId())).toList();
            return new MyRitual(record(r, names), own != null, own != null && own.getDoneOn().equals(today), others);
        }).toList();
    }

    /** Ticks a ritual off for the signed-in client, for today or this week; a second tick changes nothing. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public void tick(long ritualId) {
        Ritual r = find(ritualId);
        TetherUser me = requireClientOf(r);
        requireActive(r);
        LocalDate today = practiceTime.today();
        LocalDate period = periodStart(r, today);
        if (ticks.findByRitualIdAndClientIdAndPeriodStart(r.getId(), me.accountId(), period).isPresent()) {
            return;
        }
        // A second tap from another device that raced the first meets the unique key (ritual, client,
        // period): it is already done, not an error (a failed flush would spoil the transaction).
        ticks.insertOnce(r.getId(), me.accountId(), period, today, now());
    }

    /** Takes back the signed-in client's tick, only on the day it was given. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public void undoTick(long ritualId) {
        Ritual r = find(ritualId);
        TetherUser me = requireClientOf(r);
        LocalDate today = practiceTime.today();
        RitualTick own = ticks.findByRitualIdAndClientIdAndPeriodStart(r.getId(), me.accountId(), periodStart(r, today))
                .orElse(null);
        if (own == null) {
            return;
        }
        if (!own.getDoneOn().equals(today)) {
            throw ValidationProblem.of("ritual", "validation.ritual.undoSameDay");
        }
        ticks.delete(own);
        ticks.flush();
    }

    // ---- helpers ----

    private static LocalDate periodStart(Ritual r, LocalDate today) {
        return r.getFrequency() == Frequency.WEEKLY ? weekOf(today) : today;
    }

    private TetherUser requireClientOf(Ritual r) {
        TetherUser me = access.requireParticipantToChange(r.getCaseId());
        if (!me.is(Role.CLIENT)) {
            throw new AccessDeniedException("Only a client ticks a ritual");
        }
        return me;
    }

    private static void requireActive(Ritual r) {
        if (!r.isActive()) {
            throw ValidationProblem.of("ritual", "validation.ritual.stopped");
        }
    }

    private Ritual find(long ritualId) {
        return rituals.findById(ritualId).orElseThrow(() -> new AccessDeniedException("Ritual not available"));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private RitualRecord record(Ritual r, Names names) {
        boolean byClient = directory.find(r.getCreatedBy()).map(a -> a.getRole() == Role.CLIENT).orElse(false);
        return new RitualRecord(r.getId(), r.getCaseId(), r.getSuggestion(), r.getName(), r.getFrequency(),
                r.getNote(), names.of(r.getCreatedBy()), byClient, r.getVersion(),
                r.getEndedAt() == null ? null : LocalDate.ofInstant(r.getEndedAt(), practiceTime.zone()));
    }

    /** Display names, looked up once per account per call. */
    private final class Names {
        private final Map<Long, String> cache = new HashMap<>();

        String of(long accountId) {
            return cache.computeIfAbsent(accountId,
                    id -> directory.find(id).map(Account::getDisplayName).orElse(""));
        }
    }
}
