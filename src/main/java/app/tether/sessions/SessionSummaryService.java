package app.tether.sessions;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;
import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.base.chart.SvgTrendRenderer;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.Stage;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.HomeworkLine;
import app.tether.homework.HomeworkService;
import app.tether.homework.ReviewNote;
import app.tether.reports.PaperSize;
import app.tether.reports.SessionSummary;
import app.tether.rituals.RitualService;
import app.tether.rituals.RitualSummaryLine;
import app.tether.reports.SummaryRenderer;
import app.tether.scales.CaseScale;
import app.tether.scales.PersonTrend;
import app.tether.scales.RatingRow;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleChartFactory;
import app.tether.scales.ScaleService;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Printed session summaries: gathers the session, scale, exception log and homework through their
 * modules' services (each checks access), puts them into words, and has the reports module lay
 * them out as PDF. Every print is written to the audit trail.
 */
@Service
// No transaction around a whole print: each read runs in its own short read-only transaction, so a day
// of 30 summaries does not pile every loaded entity into one persistence context; the audit line is
// written in its own transaction after the PDF is laid out (no PDF leaves without its audit line).
public class SessionSummaryService {

    private final SessionService sessions;
    private final SessionRepository repository;
    private final CaseloadService caseload;
    private final ScaleService scales;
    private final ExceptionLogService exceptions;
    private final HomeworkService homework;
    private final SummaryRenderer renderer;
    private final Translator tr;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final AuditLog audit;
    private final String practiceName;
    private final Clock clock;
    private final RitualService ritualService;
    private final app.tether.homework.WatchListService watchLists;
    private final Semaphore dayPrints = new Semaphore(2);

    SessionSummaryService(SessionService sessions, SessionRepository repository, CaseloadService caseload,
                          ScaleService scales, ExceptionLogService exceptions, HomeworkService homework,
                          SummaryRenderer renderer, Translator tr, CurrentUser currentUser,
                          AccountDirectory directory, AuditLog audit, Clock clock,
                          @Value("${tether.practice-name:Tether practice}") String practiceName,
                          RitualService ritualService, app.tether.homework.WatchListService watchLists) {
        this.ritualService = ritualService;
        this.watchLists = watchLists;
        this.sessions = sessions;
        this.repository = repository;
        this.caseload = caseload;
        this.scales = scales;
        this.exceptions = exceptions;
        this.homework = homework;
        this.renderer = renderer;
        this.tr = tr;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.practiceName = practiceName;
        this.clock = clock;
    }

    /**
     * One session's summary as PDF: the full record, in the language of the therapist printing it,
     * or a client's copy, in that client's language.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public PrintedSummary print(long sessionId, SummaryCopy copy, PaperSize paper) {
        SessionRecord s = sessions.session(sessionId);
        CaseDetails details = caseload.caseDetails(s.caseId());
        Words w = words(copy.isClientCopy() ? client(details, copy).accountId() : currentUser.require().accountId());
        SessionSummary summary = assemble(s, copy, details, w);
        byte[] pdf = renderer.render(List.of(summary), paper, w.locale(), n -> { });
        audit(s, copy, paper);
        LocalDate day = s.heldAt().toLocalDate();
        String name = copy.isClientCopy()
                ? SummaryFileNames.clientCopy(s.caseId(), s.number(), day, client(details, copy), details.clients())
                : SummaryFileNames.record(s.caseId(), s.number(), day);
        return new PrintedSummary(name, pdf);
    }

    /**
     * All of the therapist's sessions on a day as one PDF of full records, in time order.
     * {@code progress} hears how many summaries are done so far.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public PrintedSummary printDay(LocalDate day, PaperSize paper, IntConsumer progress) {
        List<DaySession> held = sessions.sessionsOn(day);
        if (held.isEmpty()) {
            throw ValidationProblem.of("day", "validation.session.noneOnDay");
        }
        // A day's batch holds all its summaries in memory: a few at a time, not one per open page.
        if (!dayPrints.tryAcquire()) {
            throw ValidationProblem.of("day", "validation.session.printBusy");
        }
        try {
            return printAll(day, held, paper, progress);
        } finally {
            dayPrints.release();
        }
    }

    private PrintedSummary printAll(LocalDate day, List<DaySession> held, PaperSize paper, IntConsumer progress) {
        Words w = words(currentUser.require().accountId());
        List<SessionSummary> summaries = new ArrayList<>();
        List<SessionRecord> records = new ArrayList<>();
        for (DaySession d : held) {
            SessionRecord s = sessions.session(d.sessionId());
            records.add(s);
            summaries.add(assemble(s, SummaryCopy.fullRecord(), caseload.caseDetails(s.caseId()), w));
        }
        byte[] pdf = renderer.render(summaries, paper, w.locale(), progress);
        records.forEach(s -> audit(s, SummaryCopy.fullRecord(), paper));
        return new PrintedSummary(SummaryFileNames.day(day), pdf);
    }

    private void audit(SessionRecord s, SummaryCopy copy, PaperSize paper) {
        currentUser.require();
        audit.record(AuditEvent.of(AuditAction.SESSION_SUMMARY_PRINTED, s.caseId(), "SESSION", s.id(),
                (copy.isClientCopy() ? "client-copy:" + copy.clientId() : "record") + " " + paper.name()));
    }

    // ---- assembling the words ----

    /** What a summary is written in: its reader's language, its messages and its date formats. */
    record Words(Locale locale, Translator tr, DateTimeFormatter dayTime, DateTimeFormatter day) {

        static Words in(Locale locale, Translator tr) {
            return new Words(locale, tr, DateTimeFormatter.ofPattern(tr.t(locale, "summary.format.dayTime"), locale),
                    DateTimeFormatter.ofPattern(tr.t(locale, "summary.format.day"), locale));
        }

        String t(String key, Object... args) {
            return tr.t(locale, key, args);
        }

        /** Names or tags in a sentence: ", " in English, "、" in Chinese. */
        String list(java.util.Collection<String> items) {
            return app.tether.base.Language.forLocale(locale).join(items);
        }
    }

    /** The words for this person: the language their account has chosen, English when none. */
    private Words words(long readerId) {
        return Words.in(directory.languageOf(readerId).locale(), tr);
    }

    /** The client a copy is for; refused when they are not one of the case's clients. */
    private static ClientRef client(CaseDetails details, SummaryCopy copy) {
        return details.clients().stream().filter(c -> c.accountId() == copy.clientId()).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Client not in this case"));
    }

    SessionSummary assemble(SessionRecord s, SummaryCopy copy, CaseDetails details, Words w) {
        String copyFor = copy.isClientCopy() ? client(details, copy).displayName() : null;
        LocalDate day = s.heldAt().toLocalDate();
        // The session before this one in the date order its number counts.
        LocalDateTime previous = s.number() == 1 ? null
                : repository.findByCase(s.caseId()).get(s.number() - 2).getHeldAt();

        String stage = s.stage() == null ? w.t("summary.notEnrolled")
                : w.t("summary.stageValue", s.stage(), w.t(Stage.of(s.stage()).labelKey()));
        String programmeDay = s.programmeDay() == null ? "–" : String.valueOf(s.programmeDay());
        String lens = details.enrolment() == null ? "–" : w.t(details.enrolment().lens().labelKey());
        String attended = w.list(s.attendees().stream().map(ClientRef::displayName).toList());
        List<String> rated = s.attendees().stream().filter(a -> copy.shows(a.accountId()))
                .filter(a -> s.ratings().containsKey(a.accountId()))
                .map(a -> w.t("summary.ratingOf", a.displayName(), s.ratings().get(a.accountId()))).toList();
        String ratings = rated.isEmpty() ? w.t("summary.noSessionRating") : String.join("\n", rated);
        // What each rated person said to the follow-ups prints under their own rating; a copy keeps its own.
        List<SessionSummary.RatingItem> ratingItems = s.attendees().stream().filter(a -> copy.shows(a.accountId()))
                .filter(a -> s.ratings().containsKey(a.accountId()))
                .map(a -> {
                    ScaleFollowUp said = s.followUps().getOrDefault(a.accountId(), ScaleFollowUp.NONE);
                    return new SessionSummary.RatingItem(w.t("summary.ratingOf", a.displayName(),
                            s.ratings().get(a.accountId())), said.notLower(), said.oneHigher());
                }).toList();

        CaseScale scale = scaleUpTo(scales.caseScale(s.caseId()), day, copy);
        String chart = SvgTrendRenderer.render(ScaleChartFactory.chart(scale, (k, a) -> w.t(k, a)), 760, 260, w.locale());

        // The last prompt reads as on the client's form: "tells us" in couple work.
        String meaningLabel = w.t(details.kind() == CaseKind.COUPLE ? "ex.prompt.meaning.couple" : "ex.prompt.meaning");
        List<SessionSummary.ExceptionItem> moments = exceptions.between(s.caseId(), previous, s.heldAt()).stream()
                .filter(e -> copy.shows(e.clientId()) || e.shared())
                // A withdrawn moment stays in the therapist's record (marked) and leaves the clients' copies.
                .filter(e -> !e.withdrawn() || !copy.isClientCopy())
                .map(e -> moment(e, w, meaningLabel)).toList();
        String since = previous == null ? w.t("summary.exceptions.sinceStart", moments.size())
                : w.t("summary.exceptions.since", w.day().format(previous), moments.size());

        Set<Long> setHere = Set.copyOf(s.homeworkIds());
        Instant heldAt = s.heldAt().atZone(zone()).toInstant();
        Instant previousAt = previous == null ? null : previous.atZone(zone()).toInstant();
        List<HomeworkLine> lines = homework.summaryLines(s.caseId(), heldAt, w.locale());
        // Review comments were written to the client, so a client's copy keeps those on their own homework.
        Map<Long, List<SessionSummary.Comment>> comments = homework.reviewNotes(s.caseId(), heldAt).stream()
                .collect(Collectors.groupingBy(ReviewNote::assignmentId, Collectors.mapping(n ->
                        new SessionSummary.Comment(w.t("summary.hw.comment", n.authorName(),
                                w.day().format(n.writtenAt().atZone(zone()))), n.text()), Collectors.toList())));
        // What was open at the session, or sent since the previous one, as it stood then.
        // A joint exercise's shared answer prints once, with the comments written on either partner's copy.
        Map<String, List<Long>> jointCopies = lines.stream().filter(h -> h.jointKey() != null)
                .collect(Collectors.groupingBy(HomeworkLine::jointKey,
                        Collectors.mapping(HomeworkLine::id, Collectors.toList())));
        Set<String> printed = new java.util.HashSet<>();
        java.util.function.Predicate<HomeworkLine> firstOfPair = h -> h.jointKey() == null || printed.add(h.jointKey());
        java.util.function.Function<HomeworkLine, List<SessionSummary.Comment>> commentsOf = h -> h.jointKey() == null
                ? comments.getOrDefault(h.id(), List.of())
                : jointCopies.get(h.jointKey()).stream().flatMap(id -> comments.getOrDefault(id, List.of()).stream())
                        .toList();
        List<SessionSummary.HomeworkItem> status = lines.stream()
                .filter(h -> !setHere.contains(h.id()) && copy.shows(h.clientId()))
                .filter(h -> !h.assignedAt().isAfter(heldAt))
                .filter(h -> h.status() == AssignmentStatus.OPEN || previousAt == null
                        || h.submittedAt().isAfter(previousAt))
                .filter(firstOfPair)
                .map(h -> homeworkItem(h, true, commentsOf.apply(h), w)).toList();
        List<SessionSummary.HomeworkItem> next = lines.stream()
                .filter(h -> setHere.contains(h.id()) && copy.shows(h.clientId()))
                .filter(firstOfPair)
                .map(h -> homeworkItem(h, false, List.of(), w)).toList();

        return new SessionSummary(practiceName,
                w.t(copy.isClientCopy() ? "summary.title.clientCopy" : "summary.title.record"),
                copyFor == null ? null : w.t("summary.copyFor", copyFor), details.title(), details.therapistName(),
                w.t("summary.sessionLine", s.number(), w.dayTime().format(s.heldAt())), lens, stage, programmeDay,
                attended, ratings, ratingItems, chart, !scale.ratings().isEmpty(), since, moments, status,
                copy.isClientCopy() ? null : s.notes(), next,
                w.t(copy.isClientCopy() ? "summary.footer.clientCopy" : "summary.footer.record"),
                rituals(s.caseId(), s.heldAt().toLocalDate(), w), watchList(s.caseId(), heldAt, copy, w));
    }

    /**
     * Each person's watch list as sent by the session (a client copy keeps only that client's), in words;
     * null when nobody has one (decision record 035).
     */
    private String watchList(long caseId, Instant heldAt, SummaryCopy copy, Words w) {
        var lists = watchLists.caseWatchLists(caseId, heldAt).stream()
                .filter(l -> copy.shows(l.clientId()) || (l.joint() && copy.shows(l.partnerId()))).toList();
        if (lists.isEmpty()) {
            return null;
        }
        return lists.stream().map(l -> {
            List<String> lines = new java.util.ArrayList<>();
            // A joint plan is one list, named for both its writers.
            String who = l.joint() ? w.t("hw.joint.pairNames", l.clientName(), l.partnerName()) : l.clientName();
            lines.add(w.t("summary.watch.of", who, w.day().format(l.sentAt().atZone(zone()))));
            if (!l.signs().isEmpty()) {
                lines.add(w.t("summary.watch.signs"));
                l.signs().forEach(sign -> lines.add("• " + sign));
            }
            if (l.then() != null) {
                lines.add(w.t("summary.watch.then", l.then()));
            }
            if (l.coping() != null) {
                lines.add(w.t("summary.watch.coping", l.coping()));
            }
            if (l.support() != null) {
                lines.add(w.t("summary.watch.support", l.support()));
            }
            return String.join("\n", lines);
        }).collect(Collectors.joining("\n\n"));
    }

    /** The agreed rituals with each partner's count for the session's week, one per line; null when none. */
    private String rituals(long caseId, LocalDate day, Words w) {
        List<RitualSummaryLine> lines = ritualService.summaryLines(caseId, day);
        if (lines.isEmpty()) {
            return null;
        }
        return lines.stream().map(l -> w.t("summary.rituals.line",
                l.ritual().suggestion() != null ? w.t(l.ritual().suggestion().labelKey()) : l.ritual().name(),
                w.t(l.ritual().frequency().labelKey()),
                l.counts().stream().map(c -> w.t("summary.rituals.count", c.clientName(), c.times()))
                        .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The trend as it stood on the session day; a client copy shows only that person's line. */
    private static CaseScale scaleUpTo(CaseScale all, LocalDate day, SummaryCopy copy) {
        List<RatingRow> ratings = all.ratings().stream()
                .filter(r -> !r.day().isAfter(day) && copy.shows(r.clientId())).toList();
        List<PersonTrend> people = all.people().stream().filter(p -> copy.shows(p.clientId())).toList();
        LocalDate from = all.from().isAfter(day) ? day.minusWeeks(4) : all.from();
        return new CaseScale(all.caseId(), from, day, people, ratings,
                all.stageChanges().stream().filter(m -> !m.day().isAfter(day)).toList(), all.targetLow(),
                all.targetHigh());
    }

    private SessionSummary.ExceptionItem moment(EntryView e, Words w, String meaningLabel) {
        String who = e.withdrawn() ? w.t("summary.exceptions.withdrawn", e.clientName(),
                w.day().format(e.withdrawnAt().atZone(zone()))) : e.clientName();
        return new SessionSummary.ExceptionItem(w.dayTime().format(e.happenedAt()), who, e.significant(),
                w.list(e.tags()), e.context(), e.behaviour(), e.thoughts(), e.emotions(), e.meaning(),
                meaningLabel);
    }

    private SessionSummary.HomeworkItem homeworkItem(HomeworkLine h, boolean withAnswers,
                                                     List<SessionSummary.Comment> comments, Words w) {
        String title = h.builtin() ? w.t(h.title()) : h.title();
        String state = switch (h.status()) {
            case SUBMITTED -> w.t("summary.hw.done", w.day().format(h.submittedAt().atZone(zone())));
            case REVIEWED -> w.t("summary.hw.reviewed", w.day().format(h.submittedAt().atZone(zone())));
            case OPEN -> h.overdue() ? w.t("summary.hw.overdue")
                    : w.t("summary.hw.open");
            case CANCELLED -> w.t("summary.hw.open");
        };
        String due = h.dueOn() == null ? w.t("summary.hw.recurring") : w.day().format(h.dueOn());
        String answers = withAnswers ? h.keyAnswers().stream()
                .map(k -> w.t("summary.hw.keyAnswer", h.builtin() ? w.t(k.label()) : k.label(), k.value()))
                .collect(Collectors.joining("\n")) : "";
        return new SessionSummary.HomeworkItem(title, h.clientName(), state, due, answers, comments);
    }
}
