package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A watch list's four parts (decision record 035), as text nodes (never markup): the signs as a list,
 * then what the person said they would do, what has helped, and where support is. The four label keys
 * differ per reader: the client reads "I", the therapist "they".
 * Shared so that the client's page and the case page show the same shape.
 */
public final class WatchListBlock extends Div {

    /** The message keys of the four labels. */
    public record Labels(String signs, String then, String coping, String support) {
    }

    public WatchListBlock(Component owner, Labels labels, List<String> signs, String then, String coping,
                          String support) {
        addClassName("watch-list");
        if (!signs.isEmpty()) {
            add(label(owner, labels.signs()));
            var list = new UnorderedList();
            list.addClassName("watch-signs");
            signs.forEach(s -> list.add(new ListItem(s)));
            add(list);
        }
        part(owner, labels.then(), then);
        part(owner, labels.coping(), coping);
        part(owner, labels.support(), support);
    }

    private void part(Component owner, String key, String text) {
        if (text == null) {
            return;
        }
        add(label(owner, key));
        var p = new Paragraph(text);
        p.addClassName("watch-text");
        add(p);
    }

    private static Span label(Component owner, String key) {
        var s = new Span(owner.getTranslation(key));
        s.addClassName("watch-label");
        return s;
    }
}
