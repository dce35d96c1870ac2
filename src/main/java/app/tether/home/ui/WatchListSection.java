package app.tether.home.ui;

import app.tether.base.ui.Dates;
import app.tether.base.ui.WatchListBlock;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.CaseOverviewSection;
import app.tether.home.CaseWatch;
import app.tether.home.CaseWatchService;
import app.tether.homework.WatchList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * On a case's overview: each client's watch list (decision record 035) beside the home screen's reason
 * when their rating fell. A fall opens the list under the reason; otherwise it waits, folded, for when it
 * is needed. Home draws it because it owns the attention rules.
 */
// First among the overview's sections: a fall is what the therapist should see first.
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class WatchListSection implements CaseOverviewSection {

    private final CaseWatchService watch;

    WatchListSection(CaseWatchService watch) {
        this.watch = watch;
    }

    @Override
    public Component create(CaseDetails details, Runnable changed) {
        CaseWatch w = watch.caseWatch(details.caseId());
        return w.isEmpty() ? null : new Panel(w);
    }

    static final class Panel extends Div {

        private static final WatchListBlock.Labels LABELS = new WatchListBlock.Labels("watch.case.signs",
                "watch.case.then", "watch.case.coping", "watch.case.support");

        Panel(CaseWatch w) {
            addClassNames("panel", "watch-panel");
            setId("case-watch");
            add(new H3(getTranslation("watch.case.title")));
            for (CaseWatch.Item item : w.items()) {
                var box = new Div();
                box.addClassName("watch-client");
                box.setId("watch-" + item.clientId());
                if (item.fell() != null) {
                    var reason = new Paragraph(getTranslation(item.fell().messageKey(), item.fell().args().toArray()));
                    reason.addClassNames("watch-reason", item.fell().acknowledged() ? "reason-acknowledged" : "reason-open");
                    box.add(reason);
                }
                WatchList list = item.watchList();
                if (list == null) {
                    // Before stage 6, and without a Future Prevention given, a missing plan is no news.
                    if (!item.inJointPlan() && item.planExpected()) {
                        box.add(new Paragraph(getTranslation("watch.case.none", item.clientName())));
                    }
                } else {
                    String sent = Dates.date(LocalDate.ofInstant(list.sentAt(), ZoneId.systemDefault()));
                    var block = new WatchListBlock(this, LABELS, list.signs(), list.then(), list.coping(),
                            list.support());
                    String who = list.joint() ? getTranslation("hw.joint.pairNames", list.clientName(),
                            list.partnerName()) : item.clientName();
                    var details = new Details(getTranslation(list.joint() ? "watch.case.ofJoint" : "watch.case.of",
                            who, sent), block);
                    // A joint plan opens when either writer's rating fell.
                    details.setOpened(item.fell() != null || (list.joint() && w.items().stream()
                            .anyMatch(i -> i.inJointPlan() && i.fell() != null)));
                    details.addClassName("watch-details");
                    box.add(details);
                }
                add(box);
            }
        }
    }
}
