package app.tether.letters;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;
import app.tether.base.Language;
import app.tether.base.PdfFile;
import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.letters.LetterRecord.Addressee;
import app.tether.reports.LetterRenderer;
import app.tether.reports.TherapeuticLetter;
import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapeutic letters (decision record 030). The case's treating therapist writes, sends and reads
 * every letter of the case, drafts included; a client reads only sent letters addressed to them; an
 * admin reads none. A sent letter never changes: a later word is a new letter that follows it.
 */
@Service
@Transactional
public class LetterService {

    /** A long letter runs to a few pages; this is far above that and well inside the column. */
    public static final int BODY_MAX = 20_000;

    private final LetterRepository letters;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final LetterRenderer renderer;
    private final Translator tr;
    private final AuditLog audit;
    private final Clock clock;
    private final String practiceName;

    LetterService(LetterRepository letters, CaseAccessPolicy access, CaseloadService caseload,
                  AccountDirectory directory, CurrentUser currentUser, LetterRenderer renderer, Translator tr,
                  AuditLog audit, Clock clock,
                  @Value("${tether.practice-name:Tether practice}") String practiceName) {
        this.letters = letters;
        this.access = access;
        this.caseload = caseload;
        this.directory = directory;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.tr = tr;
        this.audit = audit;
        this.clock = clock;
        this.practiceName = practiceName;
    }

    // ---- the therapist ----

    /** A case's letters, drafts and sent, newest first. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<LetterRecord> caseLetters(long caseId) {
        access.requireTreatingTherapist(caseId);
        List<Letter> all = letters.findByCase(caseId);
        Map<Long, Letter> byId = new HashMap<>();
        all.forEach(l -> byId.put(l.getId(), l));
        Names names = new Names();
        return all.stream().map(l -> record(l, l.getFollowsId() == null ? null : byId.get(l.getFollowsId()), names))
                .toList();
    }

    /** One letter of a case the therapist treats. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public LetterRecord letter(long letterId) {
        Letter l = loadForTherapist(letterId);
        return record(l, earlier(l), new Names());
    }

    /** Starts a letter to clients of the case and keeps it as a draft. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public LetterRecord startLetter(long caseId, LetterInput input) {
        TetherUser me = access.requireTreatingTherapistToChange(caseId);
        Set<Long> to = recipients(caseId, input);
        String body = checkedBody(input, false);
        Letter l = new Letter(caseId, me.accountId(), null, now());
        l.write(to, body, now());
        letters.saveAndFlush(l);
        return record(l, null, new Names());
    }

    /**
     * Starts a draft that follows a sent letter, to the same people. The sent letter stays as it
     * was; the draft says which one it follows.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public LetterRecord startFollowUp(long letterId) {
        Letter earlier = loadForTherapist(letterId);
        TetherUser me = access.requireTreatingTherapistToChange(earlier.getCaseId());
        if (!earlier.isSent()) {
            throw ValidationProblem.of("letter", "validation.letter.followsDraft");
        }
        Letter l = new Letter(earlier.getCaseId(), me.accountId(), earlier.getId(), now());
        l.write(stillInCase(earlier), "", now());
        letters.saveAndFlush(l);
        return record(l, earlier, new Names());
    }

    /** Saves a draft; {@code expectedVersion} guards against overwriting a later save from elsewhere. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public LetterRecord saveDraft(long letterId, LetterInput input, long expectedVersion) {
        Letter l = loadDraftToChange(letterId);
        Set<Long> to = recipients(l.getCaseId(), input);
        l.checkVersion(expectedVersion);
        l.write(to, checkedBody(input, false), now());
        letters.saveAndFlush(l);
        return record(l, earlier(l), new Names());
    }

    /** Saves the draft as typed and sends it: from now on it is never changed, and its readers see it. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public LetterRecord send(long letterId, LetterInput input, long expectedVersion) {
        Letter l = loadDraftToChange(letterId);
        Set<Long> to = recipients(l.getCaseId(), input);
        l.checkVersion(expectedVersion);
        l.write(to, checkedBody(input, true), now());
        l.send(now());
        letters.saveAndFlush(l);
        return record(l, earlier(l), new Names());
    }

    /** Throws a draft away; a sent letter cannot be discarded. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void discard(long letterId, long expectedVersion) {
        Letter l = loadDraftToChange(letterId);
        l.checkVersion(expectedVersion);
        letters.delete(l);
        letters.flush();
    }

    // ---- the client ----

    /** Sent letters addressed to the signed-in client, newest first. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<LetterRecord> myLetters() {
        long me = currentUser.require().accountId();
        Set<Long> myCases = new java.util.HashSet<>(caseload.myCases().stream().map(c -> c.caseId()).toList());
        Names names = new Names();
        return letters.findSentTo(me).stream()
                .filter(l -> myCases.contains(l.getCaseId()))
                .map(l -> record(l, readableEarlier(l, me), names)).toList();
    }

    /** One sent letter addressed to the signed-in client. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public LetterRecord myLetter(long letterId) {
        long me = currentUser.require().accountId();
        Letter l = loadForClient(letterId, me);
        return record(l, readableEarlier(l, me), new Names());
    }

    // ---- paper ----

    /**
     * A sent letter as a PDF in the language of the person downloading it: the treating therapist, or a
     * client it is addressed to ("Keep a copy"). Every print is written to the audit trail.
     */
    @PreAuthorize(Roles.HAS_THERAPIST_OR_CLIENT)
    @Transactional(readOnly = true)
    public PdfFile print(long letterId) {
        TetherUser me = currentUser.require();
        Letter l;
        Letter earlier;
        if (me.is(app.tether.security.Role.CLIENT)) {
            l = loadForClient(letterId, me.accountId());
            earlier = readableEarlier(l, me.accountId());
        } else {
            l = loadForTherapist(letterId);
            if (!l.isSent()) {
                throw ValidationProblem.of("letter", "validation.letter.notSent");
            }
            earlier = earlier(l);
        }
        Locale reader = directory.languageOf(me.accountId()).locale();
        LetterRecord r = record(l, earlier, new Names());
        var day = tr.paperDay(reader);
        ZoneId zone = ZoneId.systemDefault();
        String date = day.format(r.sentAt().atZone(zone));
        String to = tr.t(reader, "letter.pdf.to", Language.forLocale(reader).join(
                r.recipients().stream().map(Addressee::name).toList()));
        String follows = r.followsSentAt() == null ? null
                : tr.t(reader, "letter.pdf.follows", day.format(r.followsSentAt().atZone(zone)));
        byte[] pdf = renderer.render(new TherapeuticLetter(reader, practiceName,
                tr.t(reader, "letter.pdf.title", practiceName, date), date, to, follows, r.body(),
                r.authorName(), tr.t(reader, "letter.pdf.footer", practiceName)));
        audit.record(AuditEvent.of(AuditAction.LETTER_PRINTED, l.getCaseId(), "LETTER", l.getId(),
                me.is(app.tether.security.Role.CLIENT) ? "client-copy" : "therapist"));
        return PdfFile.ofCase(l.getCaseId(), "letter" + l.getId(), r.sentAt(), zone, pdf);
    }

    // ---- helpers ----

    /** To the microsecond, as the database keeps it, so a record returned now equals one read later. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Letter find(long letterId) {
        return letters.findById(letterId).orElseThrow(() -> new AccessDeniedException("Letter not available"));
    }

    private Letter loadForTherapist(long letterId) {
        Letter l = find(letterId);
        access.requireTreatingTherapist(l.getCaseId());
        return l;
    }

    /** A sent letter addressed to this client, in a case they still belong to; anything else looks missing. */
    private Letter loadForClient(long letterId, long clientId) {
        Letter l = find(letterId);
        if (!l.isSent() || !l.getRecipients().contains(clientId) || !stillClient(l.getCaseId())) {
            throw new AccessDeniedException("Letter not available");
        }
        return l;
    }

    /** Whether the signed-in client still belongs to the case (asked without a refusal, which would end the transaction). */
    private boolean stillClient(long caseId) {
        return caseload.myCases().stream().anyMatch(c -> c.caseId() == caseId);
    }

    /** A draft of a case the therapist treats and may change; the caller checks the version after the recipients. */
    private Letter loadDraftToChange(long letterId) {
        Letter l = find(letterId);
        access.requireTreatingTherapistToChange(l.getCaseId());
        if (l.isSent()) {
            throw ValidationProblem.of("letter", "validation.letter.sent");
        }
        return l;
    }

    private Letter earlier(Letter l) {
        return l.getFollowsId() == null ? null : letters.findById(l.getFollowsId()).orElse(null);
    }

    /** The letter this one follows, only when the client may read that one too. */
    private Letter readableEarlier(Letter l, long clientId) {
        Letter e = earlier(l);
        return e != null && e.isSent() && e.getRecipients().contains(clientId) ? e : null;
    }

    /** The earlier letter's readers who are still clients of the case. */
    private Set<Long> stillInCase(Letter earlier) {
        Set<Long> clients = new LinkedHashSet<>(caseload.caseDetails(earlier.getCaseId()).clients().stream()
                .map(ClientRef::accountId).toList());
        Set<Long> out = new LinkedHashSet<>(earlier.getRecipients());
        out.retainAll(clients);
        return out;
    }

    /** The recipients, each a client of the case (anyone else is refused as not available). */
    private Set<Long> recipients(long caseId, LetterInput input) {
        List<Long> clients = caseload.caseDetails(caseId).clients().stream().map(ClientRef::accountId).toList();
        for (Long id : input.recipientIds()) {
            if (id == null || !clients.contains(id)) {
                throw new AccessDeniedException("Not a client of this case");
            }
        }
        if (input.recipientIds().isEmpty()) {
            throw ValidationProblem.of("recipients", "validation.letter.recipients");
        }
        // In the case's order, so "To" reads the same way everywhere.
        Set<Long> out = new LinkedHashSet<>();
        clients.stream().filter(input.recipientIds()::contains).forEach(out::add);
        return out;
    }

    private static String checkedBody(LetterInput input, boolean sending) {
        String body = input.body() == null ? "" : input.body().strip();
        if (body.length() > BODY_MAX) {
            throw ValidationProblem.of("body", "validation.text.tooLong", BODY_MAX, body.length());
        }
        if (sending && body.isEmpty()) {
            throw ValidationProblem.of("body", "validation.letter.empty");
        }
        return body;
    }

    private LetterRecord record(Letter l, Letter earlier, Names names) {
        return new LetterRecord(l.getId(), l.getCaseId(),
                l.getRecipients().stream().map(id -> new Addressee(id, names.of(id))).toList(),
                names.of(l.getAuthorId()), l.getBody(), l.getCreatedAt(), l.getUpdatedAt(), l.getSentAt(),
                earlier == null ? null : earlier.getId(), earlier == null ? null : earlier.getSentAt(),
                l.getVersion());
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
