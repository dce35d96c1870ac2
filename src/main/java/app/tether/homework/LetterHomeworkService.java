package app.tether.homework;

import app.tether.base.PdfFile;
import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.reports.LetterRenderer;
import app.tether.reports.TherapeuticLetter;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters written as homework (decision record 035): the client keeps their own sent letter as a PDF, laid
 * out by the therapeutic letter's template (salutation, body with its paragraphs, closing; every word
 * printed literally, fonts for any script).
 */
@Service
@Transactional(readOnly = true)
public class LetterHomeworkService {

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final CaseAccessPolicy access;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final LetterRenderer renderer;
    private final Translator tr;
    private final String practiceName;

    LetterHomeworkService(AssignmentRepository assignments, AnswerSetRepository answerSets, CaseAccessPolicy access,
                          CurrentUser currentUser, AccountDirectory directory, LetterRenderer renderer, Translator tr,
                          @Value("${tether.practice-name:Tether practice}") String practiceName) {
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.renderer = renderer;
        this.tr = tr;
        this.practiceName = practiceName;
    }

    /**
     * The signed-in client's latest sent letter of one of their own assignments, in their language; of a
     * joint letter, either partner's copy gives their own (they wrote it together, decision record 033).
     * Refused for anyone else's homework (a partner's own letter too); a letter never sent has nothing to print.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public PdfFile printMyLetter(long assignmentId) {
        long me = currentUser.require().accountId();
        Assignment a = mine(assignmentId, me);
        access.requireParticipant(a.getCaseId());
        // The library editor allows one letter prompt per exercise (ExerciseLibraryService).
        FieldSpec field = a.fieldSpecs().stream().filter(f -> f.kind() == FieldKind.LETTER).findFirst()
                .orElseThrow(() -> ValidationProblem.of("assignment", "validation.answer.noLetter"));
        List<AnswerSet> sent = answerSets.findSubmissions(a.getId());
        if (sent.isEmpty()) {
            throw ValidationProblem.of("assignment", "validation.answer.letterNotSent");
        }
        AnswerSet latest = sent.getFirst();
        LetterAnswer letter = LetterAnswer.of(latest.answers().of(field.key()));
        Locale reader = directory.languageOf(me).locale();
        ZoneId zone = ZoneId.systemDefault();
        String date = tr.paperDay(reader).format(latest.getSavedAt().atZone(zone));
        String title = a.isBuiltin() ? tr.t(reader, a.getTitle()) : a.getTitle();
        byte[] pdf = renderer.render(new TherapeuticLetter(reader, practiceName,
                tr.t(reader, "homework.letter.pdf.title", title, date), date, orEmpty(letter.salutation()), null,
                orEmpty(letter.body()), orEmpty(letter.closing()), tr.t(reader, "homework.letter.pdf.footer", title)));
        return PdfFile.ofCase(a.getCaseId(), "homework" + a.getId() + "-letter", latest.getSavedAt(), zone, pdf);
    }

    /** The client's own assignment; for a joint one given by either partner's copy, the client's copy. */
    private Assignment mine(long assignmentId, long me) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        if (HomeworkService.sameClient(a, me)) {
            return a;
        }
        if (a.isJoint()) {
            return assignments.findPartners(a.getPairKey(), a.getId()).stream()
                    .filter(x -> HomeworkService.sameClient(x, me)).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        }
        throw new AccessDeniedException("Homework not available");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
