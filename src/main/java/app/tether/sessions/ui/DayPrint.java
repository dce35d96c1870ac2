package app.tether.sessions.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.Notices;
import app.tether.base.ui.PrivateDownload;
import app.tether.reports.PaperSize;
import app.tether.sessions.PrintedSummary;
import app.tether.sessions.SessionSummaryService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.Command;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Print all" for one day's sessions: paper size, the button, progress and the download. Printing
 * runs in the background with a progress bar (the page polls while it runs; no push needed).
 * Shared by today's sessions page and the therapist's home screen.
 */
public class DayPrint extends Div {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DayPrint.class);

    private final SessionSummaryService summaries;
    private final TaskExecutor executor;
    private final LocalDate day;
    private int count;
    final Button printAll = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div result = new Div();
    final Select<PaperSize> paper = new Select<>();

    /** {@code count} is the number of sessions recorded that day, for the button and the progress. */
    public DayPrint(SessionSummaryService summaries, TaskExecutor executor, LocalDate day, int count) {
        this.summaries = summaries;
        this.executor = executor;
        this.day = day;
        addClassName("day-print");
        paper.setLabel(getTranslation("summary.paper"));
        paper.setItems(PaperSize.values());
        paper.setItemLabelGenerator(p -> getTranslation("summary.paper." + p.name()));
        paper.setValue(PaperSize.A4);
        printAll.addThemeVariants(ButtonVariant.PRIMARY);
        printAll.setId("print-all");
        // The browser disables it at once; the job hands it back when the file is ready.
        printAll.setDisableOnClick(true);
        printAll.addClickListener(e -> print());
        progress.setVisible(false);
        progress.setId("print-progress");
        progressText.setId("print-progress-text");
        progressText.addClassName("muted");
        result.setId("print-result");
        var controls = new Div(paper, printAll);
        controls.addClassName("target-row");
        var status = new Div(progress, progressText);
        status.addClassName("print-status");
        add(controls, status, result);
        setCount(count);
    }

    /** The day's number of recorded sessions changed (a live screen): the button says so. */
    public void setCount(int count) {
        this.count = count;
        printAll.setText(getTranslation("today.printAll", count));
    }

    private void print() {
        UI ui = UI.getCurrent();
        int total = Math.max(1, count);
        printAll.setEnabled(false);
        result.removeAll();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        progressText.setText(getTranslation("today.progress", 0, total));
        ui.setPollInterval(400);
        PaperSize size = paper.getValue();
        Runnable job = () -> {
            PrintedSummary pdf = null;
            String failure = null;
            try {
                pdf = summaries.printDay(day, size, done -> update(ui, () -> {
                    progress.setValue(Math.min(done, total));
                    progressText.setText(done >= total ? getTranslation("today.assembling")
                            : getTranslation("today.progress", done, total));
                }));
            } catch (ValidationProblem p) {
                failure = p.errors().getFirst().messageKey();
            } catch (Throwable t) {
                log.warn("Printing the day's summaries failed", t);
                failure = "today.failed";
            }
            PrintedSummary done = pdf;
            String message = failure;
            // Always hand the page back, whatever happened, if the page is still open.
            update(ui, () -> {
                reset(ui);
                if (done != null) {
                    finished(done);
                } else {
                    progressText.setText("");
                    Notices.error(getTranslation(message));
                }
            });
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(job), executor);
    }

    /** Changes the page from the background job; nothing to do once the person left the page. */
    private static void update(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // The page was closed or left: the result has no one to go to.
        }
    }

    private void finished(PrintedSummary pdf) {
        progressText.setText(getTranslation("today.ready"));
        var a = new Anchor(event -> PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf()),
                AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("today.download")));
        a.addClassName("download-link");
        a.setId("print-all-download");
        result.add(a);
    }

    private void reset(UI ui) {
        printAll.setEnabled(true);
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }
}
