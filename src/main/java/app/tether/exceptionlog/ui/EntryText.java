package app.tether.exceptionlog.ui;

import app.tether.exceptionlog.EntryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an entry reads, for the client's list and the therapist's grid alike. */
final class EntryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private EntryText() {
    }

    static String when(LocalDateTime at) {
        return WHEN.format(at);
    }

    static Div body(Component c, EntryView e) {
        var body = new Div();
        body.addClassName("entry-body");
        String[] values = {e.context(), e.behaviour(), e.thoughts(), e.emotions(), e.meaning()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                var label = new Span(c.getTranslation("ex.prompt." + MyExceptionsView.PROMPTS[i]));
                label.addClassName("fact-label");
                var text = new Paragraph(values[i]);
                text.addClassName("entry-text");
                body.add(label, text);
            }
        }
        if (!e.tags().isEmpty()) {
            var tags = new Div();
            tags.addClassName("case-card-counts");
            e.tags().forEach(t -> {
                var pill = new Span(t);
                pill.addClassNames("pill", "pill-open");
                tags.add(pill);
            });
            body.add(tags);
        }
        return body;
    }
}
