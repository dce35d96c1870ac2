package app.tether.sessions;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;
import app.tether.base.Translator;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.AssignmentDetail;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.homework.SubmissionRecord;
import app.tether.programme.FieldSpec;
import app.tether.scales.RatingRow;
import app.tether.scales.ScaleService;
import app.tether.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treating therapist's export of a case's record: sessions, logged moments, ratings and sent
 * homework answers, one CSV file each in a ZIP. Open and closed cases alike; every export is audited.
 * It lives here because the sessions module already reads the other modules for the printed summary.
 */
@Service
@Transactional(readOnly = true)
public class CaseExportService {

    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final SessionService sessions;
    private final ExceptionLogService exceptions;
    private final ScaleService scales;
    private final HomeworkService homework;
    private final Translator tr;
    private final AuditLog audit;
    private final Clock clock;

    CaseExportService(CaseAccessPolicy access, CaseloadService caseload, SessionService sessions,
                      ExceptionLogService exceptions, ScaleService scales, HomeworkService homework, Translator tr,
                      AuditLog audit, Clock clock) {
        this.access = access;
        this.caseload = caseload;
        this.sessions = sessions;
        this.exceptions = exceptions;
        this.scales = scales;
        this.homework = homework;
        this.tr = tr;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseExport export(long caseId) {
        access.requireTreatingTherapist(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        Map<Long, String> names = details.clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "sessions.csv", sessionRows(caseId, names));
            add(zip, "moments.csv", momentRows(caseId));
            add(zip, "ratings.csv", ratingRows(caseId));
            add(zip, "homework-answers.csv", homeworkRows(caseId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditEvent.of(AuditAction.CASE_EXPORTED, caseId, "CASE", caseId, "zip"));
        return new CaseExport("tether-case" + caseId + "-record-" + FILE_DAY.format(LocalDate.now(clock)) + ".zip",
                bytes.toByteArray());
    }

    private List<List<String>> sessionRows(long caseId, Map<Long, String> names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("session", "held_at", "stage", "programme_day", "attended", "in_session_ratings", "notes"));
        for (SessionRecord s : sessions.caseSessions(caseId).reversed()) {
            rows.add(List.of(str(s.number()), str(s.heldAt()), str(s.stage()), str(s.programmeDay()),
                    s.attendees().stream().map(ClientRef::displayName).collect(Collectors.joining("; ")),
                    s.ratings().entrySet().stream().map(e -> names.getOrDefault(e.getKey(), "") + " " + e.getValue())
                            .sorted().collect(Collectors.joining("; ")),
                    str(s.notes())));
        }
        return rows;
    }

    private List<List<String>> momentRows(long caseId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("happened_at", "client", "context", "behaviour", "thoughts", "emotions", "meaning", "tags",
                "significant", "reviewed", "shared", "withdrawn_at"));
        List<EntryView> all = exceptions.between(caseId, null, LocalDateTime.now(clock).plusYears(1));
        for (EntryView e : all.stream().sorted(java.util.Comparator.comparing(EntryView::happenedAt)
                .thenComparing(EntryView::id)).toList()) {
            rows.add(List.of(str(e.happenedAt()), e.clientName(), str(e.context()), str(e.behaviour()),
                    str(e.thoughts()), str(e.emotions()), str(e.meaning()), String.join("; ", e.tags()),
                    str(e.significant()), str(e.reviewed()), str(e.shared()), str(e.withdrawnAt())));
        }
        return rows;
    }

    private List<List<String>> ratingRows(long caseId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("day", "client", "value", "source", "note", "not_lower", "one_higher"));
        for (RatingRow r : scales.caseScale(caseId).ratings()) {
            rows.add(List.of(str(r.day()), r.clientName(), str(r.value()), r.source().name(), str(r.note()),
                    str(r.followUp().notLower()), str(r.followUp().oneHigher())));
        }
        return rows;
    }

    private List<List<String>> homeworkRows(long caseId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("assignment", "client", "exercise", "stage", "status", "version", "sent_at", "prompt",
                "answer"));
        for (AssignmentSummary a : homework.caseHomeworkAsStored(caseId).assignments().reversed()) {
            AssignmentDetail d = homework.submission(a.id());
            String title = a.builtin() ? tr.t(a.title()) : a.title();
            for (SubmissionRecord s : d.submissions().reversed()) {
                for (FieldSpec f : d.fields()) {
                    String label = a.builtin() ? tr.t(f.label()) : f.label();
                    // A letter is one answer (salutation, body, closing as written), not three cells.
                    List<String> given = f.kind() == app.tether.programme.FieldKind.LETTER
                            ? letter(app.tether.homework.LetterAnswer.of(s.answers().of(f.key())))
                            : s.answers().of(f.key());
                    for (String answer : given) {
                        rows.add(List.of(str(a.id()), a.clientName(), title, str(a.stage()), a.status().name(),
                                str(s.number()), str(s.submittedAt()), label,
                                f.kind() == app.tether.programme.FieldKind.MOMENTS ? moment(d, answer) : answer));
                    }
                }
                // Lens answers (decision record 032), labelled with the lens they were given through.
                for (FieldSpec f : app.tether.homework.LensAnswers.answeredFields(s.answers())) {
                    String lens = app.tether.caseload.Lens.ofPromptKey(f.key()).map(l -> tr.t(l.labelKey())).orElse("");
                    rows.add(List.of(str(a.id()), a.clientName(), title, str(a.stage()), a.status().name(),
                            str(s.number()), str(s.submittedAt()), lens + " · " + tr.t(f.label()),
                            s.answers().first(f.key())));
                }
            }
        }
        return rows;
    }

    /** A linked moment as the exported log shows it (when, first words), not its entry id. */
    private String moment(AssignmentDetail d, String id) {
        var m = id.matches("\\d{1,18}") ? d.moments().get(Long.valueOf(id)) : null;
        return m == null ? tr.t("homework.moments.gone") : str(m.happenedAt()) + " " + m.summary();
    }

    private static void add(ZipOutputStream zip, String name, List<List<String>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        StringBuilder b = new StringBuilder("\uFEFF"); // so spreadsheets read the file as UTF-8
        for (List<String> row : rows) {
            b.append(row.stream().map(CaseExportService::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * Quotes a cell, and stops a spreadsheet from reading it as a formula: an apostrophe goes before
     * = + - @ tab and CR, and before an apostrophe too, so removing one leading apostrophe always
     * gives the stored text back (decision record 029).
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r'".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static List<String> letter(app.tether.homework.LetterAnswer l) {
        return l.isEmpty() ? List.of() : List.of(l.text());
    }
}
