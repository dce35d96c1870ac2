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
            out.add(line(c.getTranslation("scale.answer.notLower"), f.notLower()));
        }
        if (f.oneHigher() != null) {
            out.add(line(c.getTranslation("scale.answer.oneHigher"), f.oneHigher()));
        }
        return out.toArray(Component[]::new);
    }

    static Paragraph line(String label, String text) {
        var l = new Span(label + ": ");
        l.addClassName("follow-up-label");
        var p = new Paragraph(l, new Span(text));
        p.addClassName("follow-up");
        return p;
    }
}
