package app.tether.homework;

import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.reports.LetterRenderer;
import app.tether.reports.TherapeuticLetter;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final LetterRenderer renderer;
    private final Translator tr;
    private final String practiceName;

    LetterHomeworkService(AssignmentRepository assignments, AnswerSetRepository answerSets, CurrentUser currentUser,
                          AccountDirectory directory, LetterRenderer renderer, Translator tr,
                          @Value("${tether.practice-name:Tether practice}") String practiceName) {
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.currentUser = currentUser;
        this.directory = directory;
        this.renderer = renderer;
        this.tr = tr;
        this.practiceName = practiceName;
    }

    /**
     * The signed-in client's latest sent letter of one of their own assignments, in their language. Refused
     * for anyone else's homework (a partner's too); a letter never sent has nothing to print.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public LetterFile printMyLetter(long assignmentId) {
        long me = currentUser.require().accountId();
        Assignment a = assignments.findById(assignmentId)
                .filter(x -> HomeworkService.sameClient(x, me))
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        FieldSpec field = a.fieldSpecs().stream().filter(f -> f.kind() == FieldKind.LETTER).findFirst()
                .orElseThrow(() -> ValidationProblem.of("assignment", "validation.answer.noLetter"));
        List<AnswerSet> sent = answerSets.findSubmissions(assignmentId);
        if (sent.isEmpty()) {
            throw ValidationProblem.of("assignment", "validation.answer.letterNotSent");
        }
        AnswerSet latest = sent.getFirst();
        LetterAnswer letter = LetterAnswer.of(latest.answers().of(field.key()));
        Locale reader = directory.languageOf(me).locale();
        ZoneId zone = ZoneId.systemDefault();
        String date = DateTimeFormatter.ofPattern(tr.t(reader, "summary.format.day"), reader)
                .format(latest.getSavedAt().atZone(zone));
        String title = a.isBuiltin() ? tr.t(reader, a.getTitle()) : a.getTitle();
        byte[] pdf = renderer.render(new TherapeuticLetter(reader, practiceName,
                tr.t(reader, "homework.letter.pdf.title", title, date), date, orEmpty(letter.salutation()), null,
                orEmpty(letter.body()), orEmpty(letter.closing()), tr.t(reader, "homework.letter.pdf.footer", title)));
        return new LetterFile("tether-case" + a.getCaseId() + "-homework" + a.getId() + "-letter-"
                + latest.getSavedAt().atZone(zone).toLocalDate() + ".pdf", pdf);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
