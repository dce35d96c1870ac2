package app.tether.caseload.ui;

import app.tether.caseload.CaseDetails;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.io.Serializable;

/**
 * The case a case tab shows, loaded once per navigation by {@link CaseLayout}. Vaadin enters a route
 * chain parent first (the layout's {@code beforeEnter} has run before the tab is even created), so a
 * tab reads it in its own {@code beforeEnter} instead of loading the case again. See decision 019.
 */
public final class OpenCase implements Serializable {

    private CaseDetails details;
    private final SerializableConsumer<CaseDetails> frame;

    OpenCase(CaseDetails details, SerializableConsumer<CaseDetails> frame) {
        this.details = details;
        this.frame = frame;
    }

    /** The case the layout loaded for the navigation in progress. */
    public static OpenCase of(BeforeEnterEvent event) {
        OpenCase open = ComponentUtil.getData(event.getUI(), OpenCase.class);
        if (open == null) {
            throw new IllegalStateException("A case tab was entered without the case layout");
        }
        return open;
    }

    static void handOver(UI ui, OpenCase open) {
        ComponentUtil.setData(ui, OpenCase.class, open);
    }

    public CaseDetails details() {
        return details;
    }

    public long caseId() {
        return details.caseId();
    }

    /** A tab changed the case (closed or reopened it): the header and tabs show the new state too. */
    public void changed(CaseDetails fresh) {
        details = fresh;
        frame.accept(fresh);
    }
}
