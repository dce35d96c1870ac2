package app.tether.caseload.ui;

import app.tether.caseload.CaseDetails;
import com.vaadin.flow.component.Component;

/**
 * A part of a case's overview that another module draws (homework offers to give a stage's
 * exercises again after a move back). Implemented as a Spring bean by modules that depend on
 * caseload, so the overview shows it without caseload depending on them.
 */
public interface CaseOverviewSection {

    /**
     * The section for this case as it stands, or null when there is nothing to show. {@code changed}
     * redraws the overview after the section changed something.
     */
    Component create(CaseDetails details, Runnable changed);
}
