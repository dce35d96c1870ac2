package app.tether.homework.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.Notices;
import app.tether.base.ui.PrivateDownload;
import app.tether.homework.LetterFile;
import app.tether.homework.LetterHomeworkService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.security.access.AccessDeniedException;

/** "Keep a copy (PDF)" of the client's own sent letter (decision record 035); the URL carries no id. */
final class LetterKeepLink {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LetterKeepLink.class);

    private LetterKeepLink() {
    }

    static Anchor of(Component owner, LetterHomeworkService letters, long assignmentId) {
        DownloadHandler handler = event -> {
            LetterFile file;
            try {
                file = letters.printMyLetter(assignmentId);
            } catch (RuntimeException e) {
                log.warn("Printing the letter of homework {} failed", assignmentId, e);
                boolean refused = e instanceof AccessDeniedException || e instanceof ValidationProblem;
                event.getResponse().setStatus(refused ? 403 : 500);
                event.getUI().access(() -> Notices.error(owner.getTranslation(refused
                        ? "common.notAvailable" : "letter.failed")));
                return;
            }
            PrivateDownload.send(event, file.fileName(), "application/pdf", file.pdf());
        };
        var a = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(owner.getTranslation("homework.letter.keep")));
        a.addClassName("download-link");
        a.setId("keep-letter");
        return a;
    }
}
