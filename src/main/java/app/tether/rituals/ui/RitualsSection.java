package app.tether.rituals.ui;

import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.Dates;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.CaseOverviewSection;
import app.tether.rituals.RitualRecord;
import app.tether.rituals.RitualService;
import app.tether.rituals.RitualWeeks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;

/**
 * On a case's overview: the agreed rituals, how often each partner ticked each one per week over the
 * last weeks (a plain table), a form to add one and a button to stop one.
 */
@org.springframework.stereotype.Component
class RitualsSection implements CaseOverviewSection {

    private final RitualService rituals;

    RitualsSection(RitualService rituals) {
        this.rituals = rituals;
    }

    @Override
    public Component create(CaseDetails details, Runnable changed) {
        return new Panel(rituals, details, changed);
    }

    static final class Panel extends Div {

        private final RitualService rituals;
        private final CaseDetails details;
        final NativeTable table = new NativeTable();

        Panel(RitualService rituals, CaseDetails details, Runnable changed) {
            this.rituals = rituals;
            this.details = details;
            addClassNames("panel", "rituals");
            setId("rituals");
            add(new H3(getTranslation("ritual.case.title")));
            RitualWeeks weeks = rituals.weeklyCounts(details.caseId());
            if (weeks.rows().isEmpty()) {
                add(new Paragraph(getTranslation("ritual.case.none")));
            } else {
                add(new Paragraph(getTranslation("ritual.case.help", weeks.weeks().size())));
                var scroll = new Div(table(weeks, changed));
                scroll.addClassName("table-scroll");
                add(scroll);
            }
            if (!details.closed()) {
                var form = new RitualForm(rituals, details.caseId(), "ritual", changed);
                var more = new Details(getTranslation("ritual.case.add"), form);
                more.setId("ritual-add-details");
                add(more);
            }
        }

        /**
         * One header row per ritual (its name, how often, Stop), then one row per partner with the weekly
         * counts. The partner column stays in view while the weeks scroll sideways on a phone.
         */
        private NativeTable table(RitualWeeks weeks, Runnable changed) {
            table.setId("ritual-weeks");
            table.addClassName("ritual-weeks-table");
            var head = new NativeTableRow();
            var who = new NativeTableHeaderCell(getTranslation("ritual.case.col.who"));
            who.addClassName("ritual-who");
            head.add(who);
            for (LocalDate w : weeks.weeks()) {
                var cell = new NativeTableHeaderCell(Dates.dayMonth(w));
                cell.getElement().setAttribute("scope", "col");
                cell.getElement().setAttribute("title", getTranslation("ritual.case.weekOf", Dates.date(w)));
                head.add(cell);
            }
            table.add(new NativeTableHeader(head));
            var body = new NativeTableBody();
            long previous = -1;
            for (RitualWeeks.Row row : weeks.rows()) {
                RitualRecord r = row.ritual();
                if (r.id() != previous) {
                    previous = r.id();
                    body.add(ritualRow(r, weeks.weeks().size() + 1, changed));
                }
                var tr = new NativeTableRow();
                var name = new NativeTableHeaderCell(row.clientName());
                name.getElement().setAttribute("scope", "row");
                name.addClassName("ritual-who");
                tr.add(name);
                row.counts().forEach(n -> tr.add(new NativeTableCell(String.valueOf(n))));
                body.add(tr);
            }
            table.add(body);
            return table;
        }

        private NativeTableRow ritualRow(RitualRecord r, int columns, Runnable changed) {
            var label = new Div();
            label.addClassName("ritual-name");
            label.add(new com.vaadin.flow.component.html.Span(RitualText.name(this, r) + " · "
                    + getTranslation(r.frequency().labelKey())));
            if (r.stoppedOn() != null) {
                var stopped = new com.vaadin.flow.component.html.Span(getTranslation("ritual.case.stoppedOn",
                        Dates.date(r.stoppedOn())));
                stopped.addClassName("muted");
                stopped.setId("ritual-stopped-" + r.id());
                label.add(stopped);
            } else if (!details.closed()) {
                var stop = new Button(getTranslation("ritual.case.stop"));
                stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                stop.setId("ritual-stop-" + r.id());
                stop.getElement().setAttribute("aria-label",
                        getTranslation("ritual.case.stop.label", RitualText.name(this, r)));
                SaveOnce.onClick(stop, () -> stop(r, changed));
                label.add(stop);
            }
            if (r.note() != null) {
                var note = new com.vaadin.flow.component.html.Span(r.note());
                note.addClassName("ritual-note");
                label.add(note);
            }
            var cell = new NativeTableHeaderCell(label);
            cell.getElement().setAttribute("colspan", String.valueOf(columns));
            cell.getElement().setAttribute("scope", "colgroup");
            var tr = new NativeTableRow(cell);
            tr.addClassName("ritual-head");
            return tr;
        }

        private void stop(RitualRecord r, Runnable changed) {
            try {
                rituals.stopRitual(r.id(), r.version());
                Notices.success(getTranslation("ritual.case.stopped"));
            } catch (StaleDataException stale) {
                Notices.error(getTranslation("ritual.case.stale"));
            } catch (ValidationProblem p) {
                Notices.error(p.errors().stream().map(e -> getTranslation(e.messageKey(), e.args().toArray()))
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
            changed.run();
        }
    }
}
