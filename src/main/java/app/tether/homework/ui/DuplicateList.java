package app.tether.homework.ui;

import app.tether.homework.AssignmentStatus;
import app.tether.homework.OpenDuplicate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The open or waiting work an assignment would repeat, one line each, for the question before assigning. */
final class DuplicateList {

    private DuplicateList() {
    }

    static Div of(Component c, List<OpenDuplicate> duplicates) {
        var lines = new Div();
        lines.addClassName("duplicate-list");
        for (OpenDuplicate d : duplicates) {
            lines.add(new Paragraph(c.getTranslation(d.status() == AssignmentStatus.SUBMITTED
                    ? "hw.duplicate.line.sent" : "hw.duplicate.line", AnswerForm.text(c, d.builtin(), d.title()),
                    d.clientName())));
        }
        return lines;
    }
}
