package app.tether.letters.ui;

import app.tether.letters.LetterRecord;
import app.tether.letters.LetterService;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The client's letters: sent letters addressed to them, newest first; each opens to be read. */
@Route("my-letters")
@Menu(title = "nav.myLetters", order = 50, icon = "vaadin:envelope-open")
@RolesAllowed(Roles.CLIENT)
class MyLettersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterService letters;
    final Div list = new Div();

    MyLettersView(LetterService letters) {
        this.letters = letters;
        addClassName("page");
        list.setId("my-letters");
        list.addClassName("letter-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var intro = new Paragraph(getTranslation("letter.my.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("letter.my.title")), intro, list);
        list.removeAll();
        List<LetterRecord> mine = letters.myLetters();
        if (mine.isEmpty()) {
            var empty = new Paragraph(getTranslation("letter.my.empty"));
            empty.setId("my-letters-empty");
            list.add(empty);
        }
        for (LetterRecord l : mine) {
            var link = new RouterLink(MyLetterView.class, new RouteParameters("letterId", String.valueOf(l.id())));
            link.addClassNames("case-card", "letter-card");
            link.setId("my-letter-" + l.id());
            var title = new Span(getTranslation("letter.my.from", l.authorName()) + " · " + LetterText.day(l.sentAt()));
            title.addClassName("case-card-title");
            var preview = new Div(new Span(LetterText.preview(l, 140)));
            preview.addClassName("case-card-meta");
            link.add(title, preview);
            list.add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letter.my.title") + " · " + getTranslation("app.name");
    }
}
