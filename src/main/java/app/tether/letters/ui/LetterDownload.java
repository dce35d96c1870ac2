package app.tether.letters.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.Notices;
import app.tether.base.ui.PrivateDownload;
import app.tether.letters.LetterPdf;
import app.tether.letters.LetterService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.security.access.AccessDeniedException;

/** A link that downloads a sent letter as a PDF; the URL carries only an opaque id. */
final class LetterDownload {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LetterDownload.class);

    private LetterDownload() {
    }

    static Anchor link(Component owner, LetterService letters, long letterId, String id, String text) {
        DownloadHandler handler = event -> {
            LetterPdf pdf;
            try {
                pdf = letters.print(letterId);
            } catch (RuntimeException e) {
                log.warn("Printing letter {} failed", letterId, e);
                boolean refused = e instanceof AccessDeniedException || e instanceof ValidationProblem;
                event.getResponse().setStatus(refused ? 403 : 500);
                event.getUI().access(() -> Notices.error(owner.getTranslation(refused
                        ? "common.notAvailable" : "letter.failed")));
                return;
            }
            PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf());
        };
        var a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        a.addClassName("download-link");
        a.setId(id);
        return a;
    }
}
