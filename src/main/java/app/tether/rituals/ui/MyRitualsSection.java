package app.tether.rituals.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.ClientHomeSection;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.rituals.Frequency;
import app.tether.rituals.MyRitual;
import app.tether.rituals.RitualService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/**
 * On the client's home page: the case's agreed rituals, each with one button to tick it off for today
 * or this week, an undo the same day, and whether the partner ticked it (ticks are shared).
 */
@org.springframework.stereotype.Component
class MyRitualsSection implements ClientHomeSection {

    private final RitualService rituals;
    private final CaseloadService caseload;

    MyRitualsSection(RitualService rituals, CaseloadService caseload) {
        this.rituals = rituals;
        this.caseload = caseload;
    }

    @Override
    public Optional<Component> create(Component owner) {
        Optional<CaseSummary> open = caseload.myCases().stream()
                .filter(c -> c.closedOn() == null && c.enrolment() != null).findFirst();
        return open.map(c -> new Card(rituals, c));
    }

    static final class Card extends Div {

        private final RitualService rituals;
        private final CaseSummary myCase;

        Card(RitualService rituals, CaseSummary myCase) {
            this.rituals = rituals;
            this.myCase = myCase;
            addClassNames("homework-group", "rituals-card");
            setId("my-rituals");
            render();
        }

        void render() {
            removeAll();
            boolean couple = myCase.clientNames().size() > 1;
            add(new H3(getTranslation(couple ? "ritual.mine.title" : "ritual.mine.titleOne")));
            List<MyRitual> mine = rituals.myRituals().stream()
                    .filter(m -> m.ritual().caseId() == myCase.caseId()).toList();
            if (mine.isEmpty()) {
                add(new Paragraph(getTranslation("ritual.mine.none")));
            }
            if (!mine.isEmpty() && couple) {
                var shared = new Paragraph(getTranslation("ritual.mine.shared"));
                shared.addClassName("muted");
                add(shared);
            }
            for (MyRitual m : mine) {
                add(row(m));
            }
            var form = new RitualForm(rituals, myCase.caseId(), "my-ritual", this::render);
            var more = new Details(getTranslation("ritual.mine.addOwn"), form);
            more.setId("my-ritual-add-details");
            add(more);
        }

        private Div row(MyRitual m) {
            var row = new Div();
            row.addClassNames("case-card", "ritual-row");
            row.setId("ritual-" + m.ritual().id());
            var name = new Span(RitualText.name(this, m.ritual()));
            name.addClassName("case-card-title");
            var words = new Div(name);
            words.addClassName("ritual-words");
            var actions = new Div();
            actions.addClassName("ritual-actions");
            var meta = new Div();
            meta.addClassName("case-card-meta");
            meta.add(new Span(getTranslation(m.ritual().frequency().labelKey())));
            if (!m.othersDone().isEmpty()) {
                meta.add(new Span(" · " + getTranslation(m.ritual().frequency() == Frequency.WEEKLY
                        ? "ritual.mine.othersWeek" : "ritual.mine.othersToday",
                        app.tether.base.ui.Lists.join(m.othersDone()))));
            }
            words.add(meta);
            row.add(words, actions);
            boolean weekly = m.ritual().frequency() == Frequency.WEEKLY;
            if (m.doneByMe()) {
                var done = new Span(getTranslation(weekly ? "ritual.mine.doneWeek" : "ritual.mine.doneToday"));
                done.addClassName("ritual-done");
                done.getElement().setAttribute("role", "status");
                actions.add(done);
                if (m.canUndo()) {
                    var undo = new Button(getTranslation("ritual.mine.undo"));
                    undo.addThemeVariants(ButtonVariant.TERTIARY);
                    undo.setId("ritual-undo-" + m.ritual().id());
                    undo.getElement().setAttribute("aria-label", getTranslation("ritual.mine.undo.label",
                            RitualText.name(this, m.ritual())));
                    SaveOnce.onClick(undo, () -> act(() -> rituals.undoTick(m.ritual().id())));
                    actions.add(undo);
                }
            } else {
                var tick = new Button(getTranslation(weekly ? "ritual.mine.tickWeek" : "ritual.mine.tickToday"));
                tick.addThemeVariants(ButtonVariant.PRIMARY);
                tick.setId("ritual-tick-" + m.ritual().id());
                tick.getElement().setAttribute("aria-label", getTranslation(weekly ? "ritual.mine.tickWeek.label"
                        : "ritual.mine.tickToday.label", RitualText.name(this, m.ritual())));
                SaveOnce.onClick(tick, () -> act(() -> rituals.tick(m.ritual().id())));
                actions.add(tick);
            }
            return row;
        }

        private void act(Runnable action) {
            try {
                action.run();
            } catch (ValidationProblem p) {
                Notices.error(p.errors().stream().map(e -> getTranslation(e.messageKey(), e.args().toArray()))
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
            render();
        }
    }
}
