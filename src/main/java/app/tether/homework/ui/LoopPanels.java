package app.tether.homework.ui;

import app.tether.base.ui.Dates;
import app.tether.homework.CommittedAction;
import app.tether.homework.FocusValue;
import app.tether.homework.LoopContext;
import app.tether.homework.LoopStep;
import app.tether.homework.LoopTimeline;
import app.tether.homework.LoopWeek;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/**
 * The weekly loop on screen (decision record 034): what a Commitment or Feedback Loop form starts from,
 * the focus value, and a client's loop week by week. Everything shown is the client's own words.
 */
final class LoopPanels {

    private LoopPanels() {
    }

    /** "Your focus value: warmth", with the act the client named for it. */
    static Div focus(Component c, FocusValue focus) {
        var value = new Paragraph(c.getTranslation("loop.focus", focus.value()));
        value.addClassName("loop-focus-value");
        var box = new Div(value);
        if (!focus.act().isBlank()) {
            var act = new Paragraph(c.getTranslation("loop.focus.act", focus.act()));
            act.addClassName("muted");
            box.add(act);
        }
        box.addClassNames("loop-focus");
        box.setId("loop-focus");
        return box;
    }

    /** Above the form: for the Feedback Loop the week's commitment; for the Commitment the focus and last week's adjustments. */
    static Optional<Div> intro(Component c, LoopContext context, boolean feedback) {
        var panel = new Div();
        panel.addClassNames("panel", "loop-intro");
        panel.setId("loop-intro");
        if (feedback) {
            panel.add(new H3(c.getTranslation("loop.feedback.title", Dates.date(context.weekOf()))));
            if (context.committed().isEmpty()) {
                panel.add(muted(c.getTranslation("loop.feedback.none")));
                return Optional.of(panel);
            }
            var list = new OrderedList();
            list.addClassName("loop-actions");
            for (CommittedAction a : context.committed()) {
                var item = new ListItem(strong(a.action()));
                line(c, item, "loop.tried", a.tryText());
                line(c, item, "loop.hoped", a.hopeToLearn());
                line(c, item, "loop.know", a.knowLearned());
                list.add(item);
            }
            panel.add(list, muted(c.getTranslation("loop.feedback.help")));
            return Optional.of(panel);
        }
        if (context.focus() == null && context.adjusted().isEmpty()) {
            return Optional.empty();
        }
        if (context.focus() != null) {
            panel.add(focus(c, context.focus()));
        }
        if (!context.adjusted().isEmpty()) {
            panel.add(new H3(c.getTranslation("loop.commitment.title")));
            var list = new OrderedList();
            list.addClassName("loop-actions");
            for (LoopStep s : context.adjusted()) {
                var item = new ListItem(strong(s.action()));
                line(c, item, "loop.learned", s.learned());
                line(c, item, "loop.adjust", s.adjust());
                list.add(item);
            }
            panel.add(list);
            if (!context.prefill().of("chosen").isEmpty()) {
                panel.add(muted(c.getTranslation("loop.commitment.help")));
            }
        }
        return Optional.of(panel);
    }

    /** The client's own loop, week by week. */
    static Div timeline(Component c, LoopTimeline t) {
        var box = new Div();
        box.addClassName("loop-timeline");
        box.getElement().setAttribute("data-client", String.valueOf(t.clientId()));
        if (t.weeks().isEmpty()) {
            box.add(muted(c.getTranslation("loop.timeline.emptyOwn")));
            return box;
        }
        var weeks = new OrderedList();
        weeks.addClassName("loop-weeks");
        for (LoopWeek w : t.weeks()) {
            var week = new ListItem();
            week.addClassName("loop-week");
            var heading = new Span(c.getTranslation("loop.weekOf", Dates.date(w.weekOf())));
            heading.addClassName("loop-week-heading");
            week.add(heading);
            if (w.nothingSent()) {
                week.add(muted(c.getTranslation("loop.timeline.nothingSent")));
            } else if (!w.committed()) {
                week.add(muted(c.getTranslation("loop.timeline.noCommitment")));
            }
            for (LoopStep s : w.steps()) {
                var step = new Div(strong(s.action()));
                step.addClassName("loop-step");
                line(c, step, "loop.tried", s.tryText());
                line(c, step, "loop.hoped", s.hopeToLearn());
                line(c, step, "loop.happened", s.happened());
                line(c, step, "loop.learned", s.learned());
                line(c, step, "loop.adjust", s.adjust());
                week.add(step);
            }
            if (!w.fedBack() && !w.nothingSent()) {
                week.add(muted(c.getTranslation("loop.timeline.noFeedback")));
            }
            weeks.add(week);
        }
        box.add(weeks);
        return box;
    }

    private static void line(Component c, com.vaadin.flow.component.HasComponents to, String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var label = new Span(c.getTranslation(key));
        label.addClassName("loop-label");
        var p = new Paragraph(label, new Span(" " + text));
        p.addClassName("loop-line");
        to.add(p);
    }

    private static Span strong(String text) {
        var s = new Span(text);
        s.addClassName("loop-action");
        return s;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    /**
     * For the therapist: one table per client, a row per action, its week heading the rows of that week,
     * so a week reads across (committed, happened, learned, adjusted) and the weeks read down.
     */
    static List<Component> timelines(Component c, List<LoopTimeline> all) {
        return all.stream().map(t -> (Component) table(c, t)).toList();
    }

    private static final List<String> COLUMNS = List.of("loop.col.week", "loop.col.action", "loop.col.plan",
            "loop.col.hoped", "loop.col.happened", "loop.col.learned", "loop.col.adjust");

    static Div table(Component c, LoopTimeline t) {
        var box = new Div(new H4(t.clientName()));
        box.addClassName("loop-timeline");
        box.getElement().setAttribute("data-client", String.valueOf(t.clientId()));
        if (t.weeks().isEmpty()) {
            box.add(muted(c.getTranslation("loop.timeline.empty")));
            return box;
        }
        var table = new NativeTable();
        table.addClassName("loop-table");
        var head = new NativeTableRow();
        COLUMNS.forEach(key -> {
            var th = new NativeTableHeaderCell(c.getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        });
        table.add(new NativeTableHeader(head));
        for (LoopWeek w : t.weeks()) {
            // A body per week: its week header (scope rowgroup) heads only that week's rows.
            var body = new NativeTableBody();
            List<LoopStep> steps = w.steps().isEmpty() ? List.of(new LoopStep("", "", "", "", "", "")) : w.steps();
            for (int i = 0; i < steps.size(); i++) {
                var row = new NativeTableRow();
                if (i == 0) {
                    var week = new NativeTableHeaderCell(new Span(c.getTranslation("loop.weekOf",
                            Dates.date(w.weekOf()))));
                    week.getElement().setAttribute("scope", "rowgroup");
                    week.getElement().setAttribute("rowspan", String.valueOf(steps.size()));
                    week.addClassName("loop-table-week");
                    if (w.nothingSent()) {
                        // A missed week: one cell across the week's columns says so.
                        row.addClassNames("loop-table-first", "loop-table-missed");
                        var nothing = new NativeTableCell(c.getTranslation("loop.timeline.nothingSent"));
                        nothing.addClassName("loop-table-nothing");
                        nothing.getElement().setAttribute("colspan", String.valueOf(COLUMNS.size() - 1));
                        row.add(week, nothing);
                        body.add(row);
                        break;
                    } else {
                        if (!w.committed()) {
                            week.add(muted(c.getTranslation("loop.timeline.noCommitment")));
                        }
                        if (!w.fedBack()) {
                            week.add(muted(c.getTranslation("loop.timeline.noFeedback")));
                        }
                    }
                    row.addClassName("loop-table-first");
                    row.add(week);
                }
                LoopStep s = steps.get(i);
                var action = new NativeTableCell(s.action());
                action.addClassName("loop-action");
                row.add(action, cell(s.tryText()), cell(s.hopeToLearn()), cell(s.happened()), cell(s.learned()),
                        cell(s.adjust()));
                body.add(row);
            }
            table.add(body);
        }
        var scroll = new Div(table);
        scroll.addClassName("loop-table-scroll");
        // Wider than a narrow screen: focusable, so the keyboard can scroll it, and named for screen readers.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", c.getTranslation("loop.timeline.tableLabel", t.clientName()));
        box.add(scroll);
        return box;
    }

    /** A text area of a form by its id, wherever the form's editors put it. */
    static Optional<com.vaadin.flow.component.textfield.TextArea> find(Component root, String id) {
        if (root instanceof com.vaadin.flow.component.textfield.TextArea area && id.equals(area.getId().orElse(null))) {
            return Optional.of(area);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private static NativeTableCell cell(String text) {
        var td = new NativeTableCell(text == null || text.isBlank() ? "–" : text);
        if (text == null || text.isBlank()) {
            td.addClassName("muted");
        }
        return td;
    }
}
