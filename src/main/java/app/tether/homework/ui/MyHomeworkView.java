package app.tether.homework.ui;

import app.tether.base.ui.ClosedCaseNotice;
import app.tether.caseload.CaseloadService;
import app.tether.base.ui.RouteIds;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.MyHomework;
import app.tether.homework.MyHomeworkService;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The client's landing page: homework to do, overdue, and done. */
@Route("my-homework")
@Menu(title = "nav.myHomework", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.CLIENT)
class MyHomeworkView extends Div implements HasDynamicTitle {

    /** Cases that are closed: their unsent work is listed plainly, never as overdue. */
    private java.util.Set<Long> closedCases = java.util.Set.of();

    MyHomeworkView(CurrentUser currentUser, MyHomeworkService homework, CaseloadService caseload,
                   List<app.tether.base.ui.ClientHomeSection> sections) {
        addClassNames("page", "page-narrow");
        var header = new Div(new H2(getTranslation("homework.title")),
                new Paragraph(getTranslation("homework.greeting", currentUser.require().displayName())));
        header.addClassName("page-header");
        add(header);
        var cases = caseload.myCases();
        closedCases = cases.stream().filter(c -> c.closed()).map(c -> c.caseId())
                .collect(java.util.stream.Collectors.toSet());
        // Open cases come first, so a closed first case means nothing is open.
        if (!cases.isEmpty() && cases.getFirst().closed()) {
            add(ClosedCaseNotice.forClient(this, cases.getFirst().closedOn()));
        }
        // Other modules' parts of the home page (the next appointments) come first: they are about when.
        sections.forEach(s -> s.create(this).ifPresent(this::add));
        MyHomework mine = homework.myHomework();
        if (mine.isEmpty()) {
            var icon = VaadinIcon.CLIPBOARD_CHECK.create();
            icon.addClassName("empty-icon");
            var empty = new Div(icon, new H3(getTranslation("homework.empty.title")),
                    new Paragraph(getTranslation("homework.empty.text")));
            empty.addClassName("empty-state");
            empty.setId("homework-empty");
            add(empty);
            return;
        }
        // Nothing is due any more in a closed case: what was not sent is listed plainly.
        group("overdue", "homework.group.overdue", inOpenCases(mine.overdue(), true), mine);
        group("due-soon", "homework.group.dueSoon", inOpenCases(mine.dueSoon(), true), mine);
        group("unsent", "homework.group.unsent", java.util.stream.Stream.concat(
                inOpenCases(mine.overdue(), false).stream(), inOpenCases(mine.dueSoon(), false).stream()).toList(), mine);
        group("done", "homework.group.done", mine.done(), mine);
    }

    private List<AssignmentSummary> inOpenCases(List<AssignmentSummary> items, boolean open) {
        return items.stream().filter(a -> closedCases.contains(a.caseId()) != open).toList();
    }

    private void group(String id, String titleKey, List<AssignmentSummary> items, MyHomework mine) {
        if (items.isEmpty()) {
            return;
        }
        var section = new Div(new H3(getTranslation(titleKey)));
        section.addClassName("homework-group");
        section.setId("group-" + id);
        items.forEach(a -> section.add(card(a, mine.hasUnsentDraft(a.id()))));
        add(section);
    }

    private RouterLink card(AssignmentSummary a, boolean unsentDraft) {
        var link = new RouterLink(HomeworkAnswerView.class, RouteIds.of("assignmentId", a.id()));
        link.addClassNames("case-card", "homework-card");
        if (a.overdue() && !closedCases.contains(a.caseId())) {
            link.addClassName("overdue");
        }
        var title = new Span(AnswerForm.text(this, a.builtin(), a.title()));
        title.addClassName("case-card-title");
        link.add(title);
        // The log is kept under its own name in the menu: say where it lives.
        boolean log = a.open() && a.builtin()
                && app.tether.programme.FrameworkExercises.EXCEPTION_LOG.equals(a.exerciseCode());
        var meta = new Div(new Span(log ? getTranslation("homework.dailyInLog") : HomeworkText.when(this, a)));
        meta.addClassName("case-card-meta");
        if (a.joint()) {
            var shared = new Span(getTranslation("joint.with", a.partnerName()));
            shared.addClassNames("pill", "pill-couple", "joint-marker");
            meta.add(new Span(" · "), shared);
        } else if (a.partnerName() != null) {
            meta.add(new Span(" · " + getTranslation("homework.withPartner", a.partnerName())));
        }
        if (unsentDraft) {
            // Typed but not sent: the client sees at a glance what still waits for "Send".
            var draft = new Span(getTranslation(a.open() ? "homework.draftMarker" : "homework.draftMarker.changed"));
            draft.addClassNames("pill", "pill-draft", "draft-marker");
            meta.add(draft);
        }
        link.add(meta);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("homework.title") + " · " + getTranslation("app.name");
    }
}
