package app.tether.homework.ui;

import app.tether.base.ui.Dates;
import app.tether.homework.AuthoredPart;
import app.tether.homework.JointVersionRecord;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/** How a joint answer reads (decision 033): each part with its writer, and one save of it. */
final class JointViews {

    private JointViews() {
    }

    /**
     * Per prompt, its parts with who wrote each. {@code readerId}: the reader's own parts say "You"
     * (a therapist passes -1 and sees both names).
     */
    static Div authorship(Component c, List<FieldSpec> fields, Map<String, List<AuthoredPart>> authorship,
                          boolean builtin, long readerId) {
        var box = new Div();
        box.addClassName("joint-authorship");
        for (FieldSpec f : fields) {
            List<AuthoredPart> parts = authorship.getOrDefault(f.key(), List.of());
            var prompt = new Div();
            prompt.addClassName("joint-prompt");
            var label = new Paragraph(AnswerForm.text(c, builtin, f.label()));
            label.addClassName("fact-label");
            prompt.add(label);
            if (parts.isEmpty()) {
                var none = new Paragraph(c.getTranslation("joint.authorship.empty"));
                none.addClassName("muted");
                prompt.add(none);
            }
            for (AuthoredPart p : parts) {
                boolean mine = p.authorId() == readerId;
                var who = new Span(mine ? c.getTranslation("joint.authorship.you") : p.authorName());
                who.addClassName("joint-author");
                var text = new Span(p.text());
                text.addClassName("joint-part-text");
                var line = new Div(who, text);
                line.addClassNames("joint-part", mine ? "joint-part-mine" : "joint-part-other");
                line.getElement().setAttribute("data-author", p.authorName());
                prompt.add(line);
            }
            box.add(prompt);
        }
        return box;
    }

    /** One save: its number, author and time, and the text as it stood, folded. */
    static Details version(Component c, List<FieldSpec> fields, boolean builtin, JointVersionRecord v) {
        var content = answers(c, fields, builtin, v.answers());
        String title = c.getTranslation("joint.history.item", v.number(), v.authorName(), Dates.dateTime(v.savedAt()))
                + (v.sentNumber() == null ? "" : " · " + c.getTranslation("joint.history.sent", v.sentNumber()));
        var item = new Details(title, content);
        item.addClassName("joint-version");
        return item;
    }

    /** An answer to read, prompt by prompt, as written. */
    static Div answers(Component c, List<FieldSpec> fields, boolean builtin, app.tether.homework.Answers answers) {
        var content = new Div();
        for (FieldSpec f : fields) {
            List<String> values = answers.filled(f.key());
            if (values.isEmpty()) {
                continue;
            }
            var label = new Paragraph(AnswerForm.text(c, builtin, f.label()));
            label.addClassName("fact-label");
            content.add(label);
            values.forEach(x -> {
                var p = new Paragraph(x);
                p.addClassName("joint-version-text");
                p.getStyle().set("white-space", "pre-wrap");
                content.add(p);
            });
        }
        return content;
    }
}
