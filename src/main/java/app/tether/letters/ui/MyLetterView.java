package app.tether.letters.ui;

import app.tether.base.ui.RouteIds;
import app.tether.letters.LetterRecord;
import app.tether.letters.LetterService;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One letter, as the client reads it: who wrote it and when, who it is to, the letter it follows (when
 * that one was to them too), the text as written, and "Keep a copy" as a PDF.
 */
@Route("my-letters/:letterId" + RouteIds.PATTERN)
@RolesAllowed(Roles.CLIENT)
class MyLetterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterService letters;
    LetterRecord letter;

    MyLetterView(LetterService letters) {
        this.letters = letters;
        addClassNames("page", "letter-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A refusal (not theirs, not sent, no such letter) propagates to the one not-found handler.
        letter = letters.myLetter(RouteIds.get(event, "letterId").orElseThrow(NotFoundException::new));
        removeAll();
        var back = new RouterLink(MyLettersView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new com.vaadin.flow.component.html.Span(getTranslation("letter.my.back")));
        back.addClassName("back-link");
        back.setId("letter-back");
        var meta = new Paragraph(LetterText.day(letter.sentAt()) + " · " + LetterText.to(this, letter));
        meta.addClassName("muted");
        add(back, new H2(getTranslation("letter.my.from", letter.authorName())), meta);
        if (letter.followsId() != null) {
            var earlier = new RouterLink(getTranslation("letter.follows", LetterText.day(letter.followsSentAt())),
                    MyLetterView.class, new RouteParameters("letterId", String.valueOf(letter.followsId())));
            earlier.setId("letter-earlier");
            add(new Div(earlier));
        }
        var paper = new Div(LetterText.body(this, letter));
        paper.addClassName("letter-paper");
        paper.setId("letter-text");
        add(paper, app.tether.base.ui.PdfDownloadLink.of(this, () -> letters.print(letter.id()), "letter-keep", getTranslation("letter.keepCopy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letter.my.title") + " · " + getTranslation("app.name");
    }
}
