package app.tether.homework.ui;

import app.tether.base.ui.RouteIds;
import app.tether.homework.HomeworkService;
import app.tether.homework.WaitingReview;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Sent homework from all of the therapist's cases, the longest waiting first; each opens its review. */
@Route("review")
@Menu(title = "nav.review", order = 20, icon = "vaadin:inbox")
@RolesAllowed(Roles.THERAPIST)
class WaitingForReviewView extends Div implements HasDynamicTitle {

    final Div list = new Div();
    private final java.time.ZoneId zone;

    WaitingForReviewView(HomeworkService homework, Clock clock) {
        addClassName("page");
        zone = clock.getZone();
        List<WaitingReview> waiting = homework.waitingForReview();
        var header = new Div(new H2(getTranslation("review.title")),
                new Span(getTranslation("review.count", waiting.size())));
        header.addClassName("page-header");
        add(header);
        if (waiting.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("review.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("review.intro")));
        LocalDate today = LocalDate.now(clock);
        list.addClassName("card-list");
        list.setId("waiting-list");
        waiting.forEach(w -> list.add(card(w, today)));
        add(list);
    }

    private RouterLink card(WaitingReview w, LocalDate today) {
        var link = new RouterLink(ReviewView.class, RouteIds.of("assignmentId", w.assignmentId()));
        link.addClassNames("case-card", "waiting-card");
        var title = new Span(AnswerForm.text(this, w.builtin(), w.title()));
        title.addClassName("case-card-title");
        LocalDate sent = LocalDate.ofInstant(w.submittedAt(), zone);
        long days = Math.max(0, ChronoUnit.DAYS.between(sent, today));
        var waited = new Span(getTranslation("review.waiting", days));
        waited.addClassNames("pill", days >= 7 ? "pill-overdue" : "pill-review");
        var top = new Div(title, waited);
        top.addClassName("case-card-top");
        String who = w.clientName().equals(w.caseTitle()) ? w.clientName()
                : getTranslation("review.who", w.clientName(), w.caseTitle());
        link.add(top, meta(who), meta(getTranslation("homework.sent", HomeworkText.date(this, w.submittedAt()))
                + " · " + getTranslation("homework.stage", w.stage())));
        return link;
    }

    private static Div meta(String text) {
        var d = new Div(new Span(text));
        d.addClassName("case-card-meta");
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
