package app.tether.homework.ui;

import app.tether.base.ui.Dates;
import app.tether.base.ui.WatchListBlock;
import app.tether.homework.WatchList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * On "My programme": the client's watch list from their latest sent Future Prevention (decision record
 * 035), worded as what they know and can do, not as what could go wrong.
 */
final class WatchListCard extends Div {

    private static final WatchListBlock.Labels LABELS = new WatchListBlock.Labels("watch.my.signs", "watch.my.then",
            "watch.my.coping", "watch.my.support");

    WatchListCard(WatchList list) {
        addClassNames("homework-group", "watch-card");
        setId("my-watch-list");
        add(new H3(getTranslation("watch.my.title")));
        var intro = new Paragraph(getTranslation("watch.my.intro",
                Dates.date(LocalDate.ofInstant(list.sentAt(), ZoneId.systemDefault()))));
        intro.addClassName("muted");
        add(intro, new WatchListBlock(this, LABELS, list.signs(), list.then(), list.coping(), list.support()));
    }
}
