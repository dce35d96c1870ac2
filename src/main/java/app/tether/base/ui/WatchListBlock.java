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
 * then what the person said they would do, what has helped, and where support is. The labels come from
 * {@code <keyPrefix>.signs|then|coping|support}, so the client reads "you" and the therapist "they".
 * Shared so that the client's page and the case page show the same shape.
 */
public final class WatchListBlock extends Div {

    public WatchListBlock(Component owner, String keyPrefix, List<String> signs, String then, String coping,
                          String support) {
        addClassName("watch-list");
        if (!signs.isEmpty()) {
            add(label(owner, keyPrefix + ".signs"));
            var list = new UnorderedList();
            list.addClassName("watch-signs");
            signs.forEach(s -> list.add(new ListItem(s)));
            add(list);
        }
        part(owner, keyPrefix + ".then", then);
        part(owner, keyPrefix + ".coping", coping);
        part(owner, keyPrefix + ".support", support);
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
