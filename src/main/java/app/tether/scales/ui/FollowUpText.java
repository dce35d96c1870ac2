package app.tether.scales.ui;

import app.tether.scales.ScaleFollowUp;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** A rating's follow-ups as labelled paragraphs: the text as written, line breaks kept, long words wrapped. */
final class FollowUpText {

    private FollowUpText() {
    }

    /** One paragraph per answered follow-up, none when there are none. */
    static Component[] lines(Component c, ScaleFollowUp f) {
        List<Component> out = new ArrayList<>(2);
        if (f.notLower() != null) {
            out.add(line(c, c.getTranslation("scale.answer.notLower"), f.notLower()));
        }
        if (f.oneHigher() != null) {
            out.add(line(c, c.getTranslation("scale.answer.oneHigher"), f.oneHigher()));
        }
        return out.toArray(Component[]::new);
    }

    /** "Label: text" ("标签：文字" in Chinese); the gap after an English colon is the label's CSS margin. */
    static Paragraph line(Component c, String label, String text) {
        var l = new Span(c.getTranslation("scale.answer.labelled", label));
        l.addClassName("follow-up-label");
        var p = new Paragraph(l, new Span(text));
        p.addClassName("follow-up");
        return p;
    }
}
