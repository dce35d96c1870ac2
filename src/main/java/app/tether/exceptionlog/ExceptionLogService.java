package app.tether.exceptionlog;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.security.AccountDirectory;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exception log: clients capture moments; therapists review them and look for patterns. */
@Service
@Transactional
public class ExceptionLogService {

    /** Generous: clients write reflections here. The columns are TEXT. */
    public static final int PROMPT_MAX = 4000;
    /** A draft keeps even text beyond the limit, so nothing typed is lost before it is shortened. */
    public static final int DRAFT_PROMPT_MAX = 20_000;
    public static final int TAG_MAX = 60;
    public static final int TAGS_MAX = 12;
    /** How many of the newest moments homework offers to pick, beside the marked ones. */
    public static final int MOMENTS_OFFERED = 40;

    private final ExceptionLogRepository entries;
    private final ExceptionVersionRepository versions;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final ObjectProvider<SessionCoverage> coverage;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccountDirectory directory;

    ExceptionLogService(ExceptionLogRepository entries, ExceptionVersionRepository versions, CaseAccessPolicy access,
                        CaseloadService caseload, ObjectProvider<SessionCoverage> coverage, Clock clock,
                        ApplicationEventPublisher events, AccountDirectory directory) {
        this.events = events;
        this.directory = directory;
        this.entries = entries;
        this.versions = versions;
        this.access = access;
        this.caseload = caseload;
        this.coverage = coverage;
        this.clock = clock;
    }

    // ---- client ----

    /**
     * The client's own entries and those a therapist shared from their partner, newest first;
     * withdrawn ones are gone from both.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<EntryView> myEntries(long caseId) {
        TetherUser me = requireClientOf(caseId);
        return views(entries.findVisibleToClient(caseId, me.accountId()), Map.of());
    }

    /** The unsaved entry the client was writing, if any. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public EntryView myDraft(long caseId) {
        TetherUser me = requireClientOf(caseId);
        return entries.findDraft(caseId, me.accountId()).map(e -> views(List.of(e), Map.of()).getFirst()).orElse(null);
    }

    /** Keeps what the client is typing for a new entry, without checks, so nothing is lost. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public EntryView saveDraft(long caseId, EntryInput input) {
        TetherUser me = requireClientOf(caseId);
        access.requireOpen(caseId);
        checkLengths(input, new ValidationProblem.Collector(), DRAFT_PROMPT_MAX).throwIfAny();
        ExceptionLogEntry draft = entries.findDraft(caseId, me.accountId())
                .orElseGet(() -> new ExceptionLogEntry(caseId, me.accountId(), clock.instant()));
        EntryInput safe = input.happenedAt() == null ? withTime(input, LocalDateTime.now(clock)) : input;
        draft.write(safe, true, clock.instant());
        entries.saveAndFlush(draft);
        return views(List.of(draft), Map.of()).getFirst();
    }

    /**
     * Saves an entry: a new one (entryId null; the draft, if any, becomes it) or the client's own
     * earlier entry (guarded by its version). Changing the words of an entry on the record (see
     * {@link #delete}) keeps the earlier version for the therapist and clears "reviewed" and
     * "shared": the partner never reads text the therapist has not seen. A new entry whose
     * {@link EntryInput#requestKey} was saved before (the answer to an earlier click was lost) is
     * returned as it is: exactly one entry per key.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public EntryView save(long caseId, Long entryId, EntryInput input, long expectedVersion) {
        return store(caseId, entryId, input, expectedVersion, true);
    }

    /**
     * Logs a new moment from somewhere other than the log's own form (the Exception Deep Description
     * page): the same checks and event as {@link #save}, but the client's unsaved draft in the log is
     * left as it is rather than becoming this entry. The request key guards retries as in {@link #save}.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public EntryView addMoment(long caseId, EntryInput input) {
        return store(caseId, null, input, 0, false);
    }

    private EntryView store(long caseId, Long entryId, EntryInput input, long expectedVersion, boolean fromDraft) {
        TetherUser me = requireClientOf(caseId);
        access.requireOpen(caseId);
        validate(input);
        ExceptionLogEntry e = null;
        boolean edited = false;
        if (entryId == null && input.requestKey() != null) {
            e = entries.findByClientIdAndRequestKey(me.accountId(), input.requestKey().toString()).orElse(null);
            if (e != null) {
                // A key is the author's own; one from another of their cases is not this save's.
                if (e.getCaseId() != caseId) {
                    throw ValidationProblem.of("context", "validation.exception.keyReused");
                }
                // The first try saved it and its answer was lost. The log's draft was this form's
                // autosave since then: the entry now holds it, as on the first try.
                if (fromDraft) {
                    entries.findDraft(caseId, me.accountId()).ifPresent(entries::delete);
                }
                if (e.getWithdrawnAt() != null || !e.differsFrom(input)) {
                    entries.flush();
                    return views(List.of(e), Map.of()).getFirst();
                }
                // Text typed after the lost answer belongs to this moment: kept as an edit of it.
                edited = true;
                keepEarlierVersion(e, input, me, caseId);
            }
        }
        if (e == null && entryId == null) {
            e = (fromDraft ? entries.findDraft(caseId, me.accountId()) : Optional.<ExceptionLogEntry>empty())
                    .orElseGet(() -> new ExceptionLogEntry(caseId, me.accountId(), clock.instant()));
        } else if (e == null) {
            e = loadOwn(entryId, me);
            e.checkVersion(expectedVersion);
            edited = !e.isDraft();
            keepEarlierVersion(e, input, me, caseId);
        }
        e.write(input, false, clock.instant());
        if (entryId == null) {
            e.keyedBy(input.requestKey());
        }
        entries.saveAndFlush(e);
        events.publishEvent(new MomentLogged(caseId, me.accountId(), e.getId(), edited));
        return views(List.of(e), Map.of()).getFirst();
    }

    /** An edit of an entry on the record keeps its earlier words for the therapist and clears the flags. */
    private void keepEarlierVersion(ExceptionLogEntry e, EntryInput input, TetherUser me, long caseId) {
        if (!e.isDraft() && e.differsFrom(input) && onRecord(e, latestSession(caseId))) {
            versions.save(new ExceptionEntryVersion(e, me.accountId(), clock.instant()));
            e.setReviewed(false);
            e.setShared(false);
        }
    }

    /**
     * The moments the client may link from homework: their own and those shared with them (never a
     * draft or a withdrawn one). Not the whole log, which may hold years of entries: the ones the
     * therapist marked significant, the newest {@link #MOMENTS_OFFERED}, and, however old, those of
     * {@code chosen} the client may see (the moments a draft or a submission already picked; ids they
     * may not see are left out, so this also checks picked ids). Marked significant first, then
     * newest first. Two queries of the log, whatever its size. Says whether older moments were left
     * out, so the page can tell the client the list is not the whole log.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public MomentChoices momentsToPick(long caseId, java.util.Collection<Long> chosen) {
        TetherUser me = requireClientOf(caseId);
        Map<Long, ExceptionLogEntry> offered = new java.util.LinkedHashMap<>();
        // One more than offered: its presence says the log holds older moments than the list shows.
        List<ExceptionLogEntry> newest = entries.findNewestVisibleToClient(caseId, me.accountId(),
                PageRequest.of(0, MOMENTS_OFFERED + 1));
        boolean olderLeftOut = newest.size() > MOMENTS_OFFERED;
        newest.stream().limit(MOMENTS_OFFERED).forEach(e -> offered.put(e.getId(), e));
        List<Long> ids = chosen == null || chosen.isEmpty() ? List.of(0L) : List.copyOf(new java.util.HashSet<>(chosen));
        entries.findMarkedOrChosenVisibleToClient(caseId, me.accountId(), ids)
                .forEach(e -> offered.putIfAbsent(e.getId(), e));
        List<ExceptionLogEntry> visible = new ArrayList<>(offered.values());
        // Newest first, then a stable sort keeps that within each group.
        visible.sort(java.util.Comparator.comparing(ExceptionLogEntry::getHappenedAt)
                .thenComparing(ExceptionLogEntry::getId).reversed());
        visible.sort(java.util.Comparator.comparing(ExceptionLogEntry::isSignificant).reversed());
        Map<Long, String> names = new HashMap<>();
        visible.stream().map(ExceptionLogEntry::getClientId).distinct().forEach(id -> names.put(id,
                directory.find(id).map(app.tether.security.Account::getDisplayName).orElse("")));
        return new MomentChoices(visible.stream().map(e -> ref(e, names)).toList(), olderLeftOut);
    }

    /**
     * Patterns over the moments the signed-in client may see, since a day (null: all): their own and
     * those shared with them, never a partner's unshared ones. The same figures as
     * {@link #patterns}, computed the same way.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Patterns myPatterns(long caseId, LocalDate since) {
        TetherUser me = requireClientOf(caseId);
        return patterns(caseId, since, me.accountId());
    }

    /**
     * The author deletes their entry. An entry on the record is withdrawn instead: it leaves the
     * author's and the partner's views and stays, marked, for the treating therapist. On the record
     * means reviewed, significant, shared, or at or before the case's latest recorded session (its
     * summary covers that period, so it may have been printed and a reprint must still list it).
     * Anything else (nobody has seen it) is deleted for real.
     *
     * @return true when the entry was withdrawn and is kept for the therapist
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public boolean delete(long entryId) {
        TetherUser me = access.requireParticipantToChange(caseOf(entryId));
        ExceptionLogEntry e = loadOwn(entryId, me);
        if (!e.isDraft() && onRecord(e, latestSession(e.getCaseId()))) {
            e.withdraw(clock.instant());
            entries.flush();
            return true;
        }
        entries.delete(e);
        return false;
    }

    // ---- therapist ----

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<EntryView> review(long caseId, ExceptionFilter filter, int offset, int limit) {
        access.requireTreatingTherapist(caseId);
        var page = entries.findAll(spec(caseId, filter), PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                Sort.by(Sort.Order.desc("happenedAt"), Sort.Order.desc("id"))));
        Map<Long, String> names = caseload.caseDetails(caseId).clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        return therapistViews(page.getContent(), names);
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public int count(long caseId, ExceptionFilter filter) {
        access.requireTreatingTherapist(caseId);
        return (int) entries.count(spec(caseId, filter));
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public EntryView mark(long entryId, Boolean reviewed, Boolean significant, Boolean shared) {
        ExceptionLogEntry e = entries.findById(entryId).filter(x -> !x.isDraft())
                .orElseThrow(() -> new AccessDeniedException("Entry not available"));
        access.requireTreatingTherapistToChange(e.getCaseId());
        if (reviewed != null) {
            e.setReviewed(reviewed);
        }
        if (significant != null) {
            e.setSignificant(significant);
        }
        if (shared != null) {
            if (shared && e.getWithdrawnAt() != null) {
                throw ValidationProblem.of("shared", "validation.exception.withdrawnShare");
            }
            e.setShared(shared);
        }
        entries.flush();
        return therapistViews(List.of(e), Map.of()).getFirst();
    }

    /**
     * What a session summary lists as logged since the previous session: entries that happened after
     * {@code after} (null: from the start) up to {@code upTo}, or were written up in that window about
     * an earlier moment; significant ones first. Withdrawn entries are included and say so
     * ({@link EntryView#withdrawnAt()}): the full record keeps them, a client's copy leaves them out.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<EntryView> between(long caseId, LocalDateTime after, LocalDateTime upTo) {
        access.requireTreatingTherapist(caseId);
        Map<Long, String> names = caseload.caseDetails(caseId).clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        LocalDateTime from = after == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : after;
        return therapistViews(entries.findBetween(caseId, from, upTo, from.atZone(clock.getZone()).toInstant(),
                upTo.atZone(clock.getZone()).toInstant()), names);
    }

    /**
     * Earlier versions of an entry that its author changed after it was on the record, newest first;
     * for the treating therapist only (the author and the partner see the current text).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<EntryVersionView> versions(long entryId) {
        ExceptionLogEntry e = entries.findById(entryId).filter(x -> !x.isDraft())
                .orElseThrow(() -> new AccessDeniedException("Entry not available"));
        access.requireTreatingTherapist(e.getCaseId());
        Map<Long, String> names = caseload.caseDetails(e.getCaseId()).clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        return versions.findByEntry(entryId).stream()
                .map(v -> v.view(names.getOrDefault(v.getReplacedBy(), ""))).toList();
    }

    /**
     * The moments of this case among {@code entryIds} (homework links them), withdrawn ones included
     * and marked: the treating therapist keeps them. Ids of deleted moments or of other cases are
     * simply not found.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<MomentRef> linkedMoments(long caseId, java.util.Collection<Long> entryIds) {
        access.requireTreatingTherapist(caseId);
        if (entryIds == null || entryIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = caseload.caseDetails(caseId).clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        return entries.findAllById(entryIds).stream().filter(e -> e.getCaseId() == caseId && !e.isDraft())
                .map(e -> ref(e, names)).toList();
    }

    /** One entry of this case for the treating therapist (a link from homework opens it); empty when not there. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Optional<EntryView> caseEntry(long caseId, long entryId) {
        access.requireTreatingTherapist(caseId);
        return entries.findById(entryId).filter(e -> e.getCaseId() == caseId && !e.isDraft())
                .map(e -> therapistViews(List.of(e), Map.of()).getFirst());
    }

    /**
     * Patterns over the case's entries since a day (null: all of them), a handful of grouped queries.
     * Withdrawn entries do not count: patterns are worked on with the clients, from what they stand by.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Patterns patterns(long caseId, LocalDate since) {
        access.requireTreatingTherapist(caseId);
        return patterns(caseId, since, EVERYONE);
    }

    /** {@code viewer}: a client's account id to count only what they may see, or {@link #EVERYONE}. */
    private Patterns patterns(long caseId, LocalDate since, long viewer) {
        LocalDateTime from = (since == null ? LocalDate.of(1970, 1, 1) : since).atStartOfDay();
        List<Patterns.Count> top = entries.topTags(caseId, from, viewer).stream()
                .map(r -> new Patterns.Count((String) r[0], ((Number) r[1]).longValue())).toList();
        int[] weekdays = new int[7];
        int[] times = new int[4];
        int total = 0;
        for (Object[] r : entries.weekdayHour(caseId, from, viewer)) {
            int n = ((Number) r[2]).intValue();
            weekdays[((Number) r[0]).intValue()] += n;
            int hour = ((Number) r[1]).intValue();
            times[hour < 6 ? 0 : hour < 12 ? 1 : hour < 18 ? 2 : 3] += n;
            total += n;
        }
        List<Patterns.Pair> pairs = entries.tagPairs(caseId, from, viewer).stream()
                .map(r -> new Patterns.Pair((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        List<Patterns.Week> weeks = entries.perWeek(caseId, from, viewer).stream()
                .map(r -> new Patterns.Week(toDate(r[0]), ((Number) r[1]).longValue())).toList();
        return new Patterns(total, top, weekdays, times, pairs, weeks);
    }

    // ---- helpers ----

    /** The patterns' viewer for "every entry of the case" (account ids start at 1). */
    private static final long EVERYONE = 0;

    private static MomentRef ref(ExceptionLogEntry e, Map<Long, String> names) {
        return new MomentRef(e.getId(), e.getClientId(), names.getOrDefault(e.getClientId(), ""), e.getHappenedAt(),
                EntryView.firstWords(new String[] {e.getContext(), e.getBehaviour(), e.getThoughts(), e.getEmotions(),
                    e.getMeaning()}, MomentRef.SUMMARY_CHARS), e.isSignificant(), e.isSignificantByTherapist(),
                e.getWithdrawnAt() != null);
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private long caseOf(long entryId) {
        return entries.findById(entryId).map(ExceptionLogEntry::getCaseId)
                .orElseThrow(() -> new AccessDeniedException("Entry not available"));
    }

    private ExceptionLogEntry loadOwn(long entryId, TetherUser me) {
        return entries.findById(entryId).filter(e -> e.getClientId() == me.accountId() && e.getWithdrawnAt() == null)
                .orElseThrow(() -> new AccessDeniedException("Entry not available"));
    }

    private LocalDateTime latestSession(long caseId) {
        SessionCoverage c = coverage.getIfAvailable();
        return c == null ? null : c.latestSession(caseId).orElse(null);
    }

    /**
     * Seen, shared, flagged, or in a period a session summary covers: see {@link #delete}. Once on
     * the record, always: an entry with earlier versions stays on it even after an edit cleared its
     * flags or moved it past the latest session, so edit-then-delete cannot erase what was seen.
     */
    private boolean onRecord(ExceptionLogEntry e, LocalDateTime latestSession) {
        return onRecord(e, latestSession, e.getId() != null && versions.existsByEntryId(e.getId()));
    }

    private static boolean onRecord(ExceptionLogEntry e, LocalDateTime latestSession, boolean hasVersions) {
        return !e.isDraft() && (e.isReviewed() || e.isSignificant() || e.isShared() || hasVersions
                || (latestSession != null && !e.getHappenedAt().isAfter(latestSession)));
    }

    private TetherUser requireClientOf(long caseId) {
        TetherUser user = access.requireParticipant(caseId);
        if (!user.is(Role.CLIENT)) {
            throw new AccessDeniedException("Only the case's clients write entries");
        }
        return user;
    }

    private void validate(EntryInput in) {
        var problems = new ValidationProblem.Collector();
        if (!in.anyPrompt()) {
            problems.add("context", "validation.exception.empty");
        }
        if (in.happenedAt() == null) {
            problems.add("happenedAt", "validation.exception.whenRequired");
        } else if (in.happenedAt().isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            problems.add("happenedAt", "validation.exception.future");
        }
        checkLengths(in, problems, PROMPT_MAX).throwIfAny();
    }

    private static ValidationProblem.Collector checkLengths(EntryInput in, ValidationProblem.Collector problems,
                                                            int promptMax) {
        String[][] prompts = {{"context", in.context()}, {"behaviour", in.behaviour()}, {"thoughts", in.thoughts()},
            {"emotions", in.emotions()}, {"meaning", in.meaning()}};
        for (String[] p : prompts) {
            if (p[1] != null && p[1].strip().length() > promptMax) {
                problems.add(p[0], "validation.text.tooLong", promptMax, p[1].strip().length());
            }
        }
        if (in.tags().size() > TAGS_MAX) {
            problems.add("tags", "validation.exception.tooManyTags", TAGS_MAX);
        } else if (in.tags().stream().anyMatch(t -> t.length() > TAG_MAX)) {
            problems.add("tags", "validation.exception.tagTooLong", TAG_MAX);
        }
        return problems;
    }

    private static EntryInput withTime(EntryInput in, LocalDateTime at) {
        return new EntryInput(at, in.context(), in.behaviour(), in.thoughts(), in.emotions(), in.meaning(), in.tags(),
                in.significant(), in.requestKey());
    }

    private static Specification<ExceptionLogEntry> spec(long caseId, ExceptionFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("caseId"), caseId));
            p.add(cb.isFalse(root.get("draft")));
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("happenedAt"), f.from().atStartOfDay()));
            }
            if (f.to() != null) {
                p.add(cb.lessThan(root.get("happenedAt"), f.to().plusDays(1).atStartOfDay()));
            }
            if (f.clientId() != null) {
                p.add(cb.equal(root.get("clientId"), f.clientId()));
            }
            if (f.significantOnly()) {
                p.add(cb.isTrue(root.get("significant")));
            }
            if (f.unreviewedOnly()) {
                p.add(cb.isFalse(root.get("reviewed")));
            }
            if (f.tag() != null && !f.tag().isBlank()) {
                p.add(cb.isMember(f.tag().strip(), root.get("tags")));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p.add(cb.or(cb.like(root.get("context"), like), cb.like(root.get("behaviour"), like),
                        cb.like(root.get("thoughts"), like), cb.like(root.get("emotions"), like),
                        cb.like(root.get("meaning"), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /**
     * Entries to records for a client, with all their tags fetched in one query. Which entries
     * have earlier versions is read too (one query) so "on the record" is right, but the count is
     * not shown to clients.
     */
    private List<EntryView> views(List<ExceptionLogEntry> list, Map<Long, String> names) {
        Set<Long> versioned = versionCounts(list).keySet();
        return views(list, names, Map.of(), versioned);
    }

    /** Entries to records for the treating therapist: also how many earlier versions each has. */
    private List<EntryView> therapistViews(List<ExceptionLogEntry> list, Map<Long, String> names) {
        Map<Long, Integer> earlier = versionCounts(list);
        return views(list, names, earlier, earlier.keySet());
    }

    private Map<Long, Integer> versionCounts(List<ExceptionLogEntry> list) {
        Map<Long, Integer> earlier = new HashMap<>();
        List<Long> ids = list.stream().map(ExceptionLogEntry::getId).filter(java.util.Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            for (Object[] r : versions.countByEntry(ids)) {
                earlier.put((Long) r[0], ((Number) r[1]).intValue());
            }
        }
        return earlier;
    }

    private List<EntryView> views(List<ExceptionLogEntry> list, Map<Long, String> names, Map<Long, Integer> earlier,
                                  Set<Long> versioned) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] r : entries.tagsOf(list.stream().map(ExceptionLogEntry::getId).toList())) {
            tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Optional<LocalDateTime>> latest = new HashMap<>();
        return list.stream().map(e -> new EntryView(e.getId(), e.getCaseId(), e.getClientId(),
                names.getOrDefault(e.getClientId(), ""), e.getHappenedAt(), e.getContext(), e.getBehaviour(),
                e.getThoughts(), e.getEmotions(), e.getMeaning(),
                tags.getOrDefault(e.getId(), List.of()).stream().sorted().toList(), e.isSignificant(), e.isReviewed(),
                e.isShared(), e.isDraft(), e.getVersion(),
                onRecord(e, latest.computeIfAbsent(e.getCaseId(), c -> Optional.ofNullable(latestSession(c)))
                        .orElse(null), versioned.contains(e.getId())),
                e.getWithdrawnAt(), earlier.getOrDefault(e.getId(), 0), e.isSignificantByTherapist())).toList();
    }

}
