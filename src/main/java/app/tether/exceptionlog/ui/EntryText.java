package app.tether.exceptionlog.ui;

import app.tether.base.ui.Dates;
import app.tether.exceptionlog.EntryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;

/** How an entry reads, for the client's list and the therapist's grid alike. */
final class EntryText {

    private EntryText() {
    }

    static String when(LocalDateTime at) {
        return Dates.dayAndTime(at);
    }

    /** A moment in the server's zone, the practice's zone (see README). */
    static String when(java.time.Instant at) {
        return Dates.dayAndTime(LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault()));
    }

    static String day(java.time.Instant at) {
        return Dates.date(at.atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }

    static Div body(Component c, EntryView e) {
        return body(c, e, false);
    }

    /** In couple work the last prompt asks what the moment tells "us", on the form and wherever it is read. */
    static Div body(Component c, EntryView e, boolean couple) {
        return body(c, new String[] {e.context(), e.behaviour(), e.thoughts(), e.emotions(), e.meaning()}, e.tags(),
                couple);
    }

    static Div body(Component c, String[] values, java.util.List<String> tagList) {
        return body(c, values, tagList, false);
    }

    /** The message key of a prompt's label (or, with ".help", its hint), as the client's form words it. */
    static String promptKey(String prompt, boolean couple) {
        return "ex.prompt." + prompt + (couple && prompt.equals("meaning") ? ".couple" : "");
    }

    /** The five prompts (null: not answered) and the tags. */
    static Div body(Component c, String[] values, java.util.List<String> tagList, boolean couple) {
        var body = new Div();
        body.addClassName("entry-body");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                var label = new Span(c.getTranslation(promptKey(MyExceptionsView.PROMPTS[i], couple)));
                label.addClassName("fact-label");
                var text = new Paragraph(values[i]);
                text.addClassName("entry-text");
                body.add(label, text);
            }
        }
        if (!tagList.isEmpty()) {
            var tags = new Div();
            tags.addClassName("case-card-counts");
            tagList.forEach(t -> {
                var pill = new Span(t);
                pill.addClassNames("pill", "pill-open");
                tags.add(pill);
            });
            body.add(tags);
        }
        return body;
    }
}
