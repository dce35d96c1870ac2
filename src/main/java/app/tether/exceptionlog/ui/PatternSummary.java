package app.tether.exceptionlog.ui;

import app.tether.exceptionlog.Patterns;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The patterns of a client's own log in words and counts ("cooking together: 4 moments"), for the
 * client to answer Pattern Recognition from. Plain lists, no chart: read out as they are.
 */
public final class PatternSummary {

    /** Enough to see what recurs without a wall of lists on a phone. */
    static final int TOP = 5;

    private PatternSummary() {
    }

    public static Div of(Component c, Patterns p) {
        var panel = new Div(new H3(c.getTranslation("exceptions.myPatterns.title")));
        panel.addClassNames("panel", "my-patterns");
        panel.setId("my-patterns");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", c.getTranslation("exceptions.myPatterns.title"));
        if (p.total() == 0) {
            panel.add(new Paragraph(c.getTranslation("exceptions.myPatterns.none")));
            return panel;
        }
        var intro = new Paragraph(c.getTranslation("exceptions.myPatterns.intro", p.total()));
        intro.addClassName("muted");
        panel.add(intro);
        var tags = new UnorderedList();
        p.topTags().stream().limit(TOP).forEach(t -> tags.add(line(c, t.tag(), t.count())));
        panel.add(section(c, "exceptions.myPatterns.tags", p.topTags().isEmpty()
                ? new Paragraph(c.getTranslation("exceptions.myPatterns.noTags")) : tags));
        if (!p.pairs().isEmpty()) {
            var pairs = new UnorderedList();
            p.pairs().stream().limit(TOP).forEach(x -> pairs.add(line(c,
                    c.getTranslation("exceptions.myPatterns.pair", x.first(), x.second()), x.count())));
            panel.add(section(c, "exceptions.myPatterns.pairs", pairs));
        }
        String[] days = c.getTranslation("exceptions.myPatterns.days").split(",");
        panel.add(section(c, "exceptions.myPatterns.weekdays", ranked(c, days, p.weekdays())));
        String[] parts = c.getTranslation("exceptions.myPatterns.parts").split(",");
        panel.add(section(c, "exceptions.myPatterns.times", ranked(c, parts, p.timesOfDay())));
        var clue = new Paragraph(c.getTranslation("exceptions.myPatterns.clue"));
        clue.addClassName("muted");
        panel.add(clue);
        return panel;
    }

    /** The days (or times of day) that have moments, the most first, at most three. */
    private static UnorderedList ranked(Component c, String[] names, int[] counts) {
        var list = new UnorderedList();
        IntStream.range(0, counts.length).boxed().filter(i -> counts[i] > 0)
                .sorted(Comparator.comparingInt((Integer i) -> counts[i]).reversed()).limit(3)
                .forEach(i -> list.add(line(c, names[i].strip(), counts[i])));
        return list;
    }

    private static Div section(Component c, String titleKey, Component content) {
        var section = new Div(new H4(c.getTranslation(titleKey)), content);
        section.addClassName("pattern-section");
        return section;
    }

    private static ListItem line(Component c, String label, long count) {
        return new ListItem(c.getTranslation("exceptions.myPatterns.count", label, count));
    }
}
