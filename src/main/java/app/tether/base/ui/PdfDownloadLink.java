package app.tether.base.ui;

import app.tether.base.PdfFile;
import app.tether.base.ValidationProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads a PDF made when clicked (a sent letter, a client's own letter); the URL carries
 * only an opaque id. A refusal answers 403 and a failure 500, each with a notice.
 */
public final class PdfDownloadLink {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PdfDownloadLink.class);

    private PdfDownloadLink() {
    }

    public static Anchor of(Component owner, Supplier<PdfFile> print, String id, String text) {
        DownloadHandler handler = event -> {
            PdfFile file;
            try {
                file = print.get();
            } catch (RuntimeException e) {
                log.warn("Printing the PDF of link {} failed", id, e);
                boolean refused = e instanceof AccessDeniedException || e instanceof ValidationProblem;
                event.getResponse().setStatus(refused ? 403 : 500);
                event.getUI().access(() -> Notices.error(owner.getTranslation(refused
                        ? "common.notAvailable" : "letter.failed")));
                return;
            }
            PrivateDownload.send(event, file.fileName(), "application/pdf", file.pdf());
        };
        var a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        a.addClassName("download-link");
        a.setId(id);
        return a;
    }
}
