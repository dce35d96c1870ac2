package app.tether.homework.ui;

import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Enrolment;
import app.tether.caseload.Stage;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.MyHomeworkService;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The client's map of the programme: the six stages, where the case is now, what each stage is
 * for and which of the client's own exercises of it are done. Lives in homework because it reads
 * both the case (caseload) and the client's homework, and homework already depends on caseload.
 */
@Route("my-programme")
@Menu(title = "nav.myProgramme", order = 40, icon = "vaadin:road")
@RolesAllowed(Roles.CLIENT)
class MyProgrammeView extends Div implements HasDynamicTitle {

    MyProgrammeView(CaseloadService caseload, MyHomeworkService homework, app.tether.homework.WeeklyLoopService loop,
                    app.tether.homework.WatchListService watchLists) {
        addClassNames("page", "page-narrow", "my-programme");
        add(new H2(getTranslation("programme.my.title")));
        // Open cases come first; the first enrolled one is the journey to show.
        CaseSummary current = caseload.myCases().stream().filter(c -> c.enrolment() != null).findFirst().orElse(null);
        if (current == null) {
            var none = new Paragraph(getTranslation("programme.my.notEnrolled"));
            none.setId("programme-not-enrolled");
            add(none);
            return;
        }
        Enrolment enrolment = current.enrolment();
        var where = new Paragraph(getTranslation("programme.my.where", enrolment.programmeDay(),
                enrolment.stage().number(), getTranslation(enrolment.stage().labelKey())));
        where.setId("programme-where");
        where.addClassName("programme-where");
        add(where);
        if (enrolment.returned()) {
            // Said plainly and kindly: coming back to a stage is part of the work, not a failure. Once
            // the work has ended, "N days ago" would count from a day that is over: said in the past.
            var back = new Paragraph(current.closed()
                    ? getTranslation("programme.my.returnClosed", enrolment.stage().number())
                    : getTranslation("programme.my.return", enrolment.stage().number(), enrolment.stageDay() - 1));
            back.setId("programme-return");
            back.addClassName("programme-return");
            add(back);
        }
        // The client's own focus value and weekly loop (decision record 034); a partner's never shows here.
        loop.myFocusValue(current.caseId()).ifPresent(f -> add(LoopPanels.focus(this, f)));
        var myLoop = loop.myTimeline(current.caseId());
        if (!myLoop.weeks().isEmpty()) {
            var loopPanel = new Div(new H3(getTranslation("loop.timeline.titleOwn")), LoopPanels.timeline(this, myLoop));
            loopPanel.addClassNames("panel", "loop-panel");
            loopPanel.setId("my-loop");
            add(loopPanel);
        }
        add(new Paragraph(getTranslation("programme.my.intro")));
        if (current.closed()) {
            add(new Paragraph(getTranslation("programme.my.closed")));
        }
        watchLists.myWatchList(current.caseId()).ifPresent(w -> add(new WatchListCard(w)));
        Map<Integer, List<AssignmentSummary>> done = homework.myDoneByStage(current.caseId());
        var stages = new OrderedList();
        stages.addClassName("programme-stages");
        for (Stage stage : Stage.values()) {
            stages.add(stage(stage, stage == enrolment.stage() ? enrolment : null, current.closed(),
                    done.getOrDefault(stage.number(), List.of())));
        }
        add(stages);
    }

    /**
     * One stage; {@code now} is the enrolment when this is the stage in progress (or, once
     * {@code closed}, the stage the work ended in), else null.
     */
    private ListItem stage(Stage stage, Enrolment now, boolean closed, List<AssignmentSummary> done) {
        var item = new ListItem();
        item.setId("stage-" + stage.number());
        item.addClassName("programme-stage");
        var heading = new H3(getTranslation("programme.my.stageHeading", stage.number(),
                getTranslation(stage.labelKey())));
        item.add(heading);
        if (now != null) {
            item.addClassName("current");
            item.getElement().setAttribute("aria-current", "step");
            var marker = new Span(getTranslation("programme.my.inProgress"));
            marker.addClassNames("pill", "programme-now");
            marker.setId("programme-now");
            item.add(marker);
        }
        // On a return, or a second pass after one, the usual days are long past: say how long the
        // client has been back, or in this stage, instead (in the past once the work has ended).
        var days = new Paragraph(now != null && now.returned()
                ? closed ? getTranslation("programme.my.returnDaysClosed", now.stageDay())
                : getTranslation("programme.my.returnDays", now.stageDay() - 1)
                : now != null && now.secondPass()
                ? closed ? getTranslation("programme.my.stageDaysClosed", now.stageDay())
                : getTranslation("programme.my.stageDays", now.stageDay() - 1)
                : stage == Stage.CONSOLIDATION_AND_MAINTENANCE
                ? getTranslation("programme.my.daysFrom", stage.firstDay())
                : getTranslation("programme.my.days", stage.firstDay(), stage.lastDay()));
        days.addClassName("programme-days");
        item.add(days);
        var goal = new Paragraph(getTranslation("programme.my.stage." + stage.number() + ".goal"));
        goal.addClassName("programme-goal");
        var purpose = new Paragraph(getTranslation("programme.my.stage." + stage.number() + ".exercises"));
        purpose.addClassName("programme-purpose");
        item.add(goal, purpose);
        var doneBox = new Div();
        doneBox.addClassName("programme-done");
        if (done.isEmpty()) {
            doneBox.add(new Paragraph(getTranslation("programme.my.noneDone")));
        } else {
            doneBox.add(new Paragraph(getTranslation("programme.my.done")));
            var list = new UnorderedList();
            done.forEach(a -> list.add(new ListItem(AnswerForm.text(this, a.builtin(), a.title()))));
            doneBox.add(list);
        }
        item.add(doneBox);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.my.title") + " · " + getTranslation("app.name");
    }
}
