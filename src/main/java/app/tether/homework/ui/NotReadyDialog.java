package app.tether.homework.ui;

import app.tether.homework.ExerciseChoice;
import app.tether.homework.NotReadyToTalkException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The couple is marked not ready for exercises that have them talk together (decision 031): names
 * those asked for and what each partner could do alone at the same stage. "Go back" is the default
 * (Enter, Escape); assigning them needs a deliberate click, and when the request holds other
 * exercises they can be assigned without the talking ones. One dialog for every screen that assigns:
 * the case's Homework tab, the session page and "give again".
 */
public final class NotReadyDialog {

    private NotReadyDialog() {
    }

    /** The ids of the talking-together exercises the refusal named. */
    public static Set<Long> talking(NotReadyToTalkException n) {
        return n.talking().stream().map(ExerciseChoice::exerciseId).collect(Collectors.toSet());
    }

    /**
     * Opens the question. {@code onlyOthers} is null when the request holds nothing but the talking
     * exercises (there is nothing else to assign).
     */
    public static Dialog open(Component owner, NotReadyToTalkException n, Runnable assignAnyway, Runnable onlyOthers) {
        var lines = new Div();
        lines.addClassName("duplicate-list");
        lines.add(new Paragraph(owner.getTranslation("hw.notReady.intro", app.tether.base.ui.Lists.join(
                n.talking().stream().map(e -> AnswerForm.text(owner, e.builtin(), e.title())).toList()))));
        if (!n.alternatives().isEmpty()) {
            lines.add(new Paragraph(owner.getTranslation("hw.notReady.alternatives")));
            var list = new UnorderedList();
            list.setId("not-ready-alternatives");
            n.alternatives().forEach(e -> list.add(new ListItem(AnswerForm.text(owner, e.builtin(), e.title()))));
            lines.add(list);
        }
        lines.add(new Paragraph(owner.getTranslation("hw.notReady.question")));
        var dialog = new Dialog(lines);
        dialog.setHeaderTitle(owner.getTranslation("hw.notReady.title"));
        dialog.setId("not-ready-dialog");
        var back = new Button(owner.getTranslation("hw.notReady.back"), e -> dialog.close());
        back.addThemeVariants(ButtonVariant.PRIMARY);
        back.setAutofocus(true);
        back.setId("not-ready-back");
        var anyway = new Button(owner.getTranslation("hw.notReady.assign"), e -> {
            dialog.close();
            assignAnyway.run();
        });
        anyway.addThemeVariants(ButtonVariant.TERTIARY);
        anyway.setId("not-ready-assign");
        if (onlyOthers != null) {
            var others = new Button(owner.getTranslation("hw.notReady.others"), e -> {
                dialog.close();
                onlyOthers.run();
            });
            others.setId("not-ready-others");
            dialog.getFooter().add(anyway, others, back);
        } else {
            dialog.getFooter().add(anyway, back);
        }
        dialog.open();
        return dialog;
    }
}
