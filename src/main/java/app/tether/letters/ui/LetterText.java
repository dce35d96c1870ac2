package app.tether.letters.ui;

import app.tether.base.ui.Dates;
import app.tether.letters.LetterRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;

/** How a letter reads on screen: its paragraphs as text (never as HTML), dates in the screen's language. */
final class LetterText {

    private LetterText() {
    }

    /** The letter's paragraphs; single line breaks inside a paragraph stay (CSS white-space: pre-line). */
    static Div body(Component owner, LetterRecord letter) {
        var body = new Div();
        body.addClassName("letter-body");
        if (letter.paragraphs().isEmpty()) {
            var empty = new Paragraph(owner.getTranslation("letter.empty"));
            empty.addClassName("muted");
            body.add(empty);
        }
        for (String p : letter.paragraphs()) {
            body.add(new Paragraph(p));
        }
        return body;
    }

    static String to(Component owner, LetterRecord letter) {
        return owner.getTranslation("letter.toNames", app.tether.base.ui.Lists.join(
                letter.recipients().stream().map(LetterRecord.Addressee::name).toList()));
    }

    static String names(LetterRecord letter) {
        return app.tether.base.ui.Lists.join(letter.recipients().stream().map(LetterRecord.Addressee::name).toList());
    }

    static String day(java.time.Instant at) {
        return at == null ? "" : Dates.date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    /** The first words, for a list: at most about two lines, cut at a word boundary. */
    static String preview(LetterRecord letter, int max) {
        String flat = letter.body().replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
