package app.tether.programme.ui;

import app.tether.base.ui.RouteIds;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldSpec;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** The practice's exercises by stage: the framework set and the therapists' own. */
@Route("exercises")
@Menu(title = "nav.exercises", order = 50, icon = "vaadin:book")
@RolesAllowed(Roles.THERAPIST)
class ExerciseLibraryView extends Div implements HasDynamicTitle {

    ExerciseLibraryView(ExerciseLibraryService library, CurrentUser currentUser) {
        addClassName("page");
        var create = new Button(getTranslation("lib.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ExerciseEditorView.class)));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-exercise");
        var header = new Div(new H2(getTranslation("lib.title")), create);
        header.addClassNames("page-header", "header-with-action");
        add(header);
        List<ExerciseDefinition> all = library.library();
        long me = currentUser.require().accountId();
        for (int stage = 1; stage <= 6; stage++) {
            int s = stage;
            var section = new Div(new H3(getTranslation("homework.stage", stage) + " · "
                    + getTranslation("stage." + stage)));
            section.addClassName("panel");
            all.stream().filter(e -> e.stage() == s).forEach(e -> section.add(item(e, Objects.equals(e.createdBy(), me))));
            add(section);
        }
    }

    private Details item(ExerciseDefinition e, boolean mine) {
        var summary = new Div(new Span(text(e, e.title())));
        summary.addClassName("exercise-summary");
        // The built-in letters (decision record 035) are not the framework's.
        var tag = new Span(getTranslation(app.tether.programme.LetterExercises.isLetter(e.code()) ? "lib.builtin"
                : e.builtin() ? "lib.framework" : "lib.own"));
        tag.addClassNames("pill", e.builtin() ? "pill-stage-6" : "pill-couple");
        summary.add(tag);
        if (e.recurring()) {
            var daily = new Span(getTranslation("recurrence." + e.recurrence().name()));
            daily.addClassNames("pill", "pill-stage-4");
            summary.add(daily);
        }
        var body = new Div(new Paragraph(text(e, e.instructions())));
        var prompts = new UnorderedList();
        for (FieldSpec f : e.fields()) {
            prompts.add(new ListItem(text(e, f.label()) + " (" + getTranslation("kindField." + f.kind().name()) + ")"));
        }
        body.add(new Span(getTranslation("lib.prompts", e.fields().size())), prompts);
        if (!e.lenses().isEmpty()) {
            // Which cases the assign form suggests it to (decision record 032).
            var tags = new Paragraph(getTranslation("lib.tags",
                    app.tether.base.ui.Lists.join(java.util.Arrays.stream(app.tether.caseload.Lens.values())
                            .filter(e.lenses()::contains).map(l -> getTranslation(l.labelKey())).toList()),
                    app.tether.base.ui.Lists.join(java.util.stream.Stream.concat(java.util.stream.Stream.of(e.stage()),
                            e.stages().stream()).sorted().map(String::valueOf).toList())));
            tags.addClassNames("muted", "exercise-tags");
            body.add(tags);
        }
        if (mine) {
            var edit = new Button(getTranslation("lib.edit"), ev -> getUI().ifPresent(
                    ui -> ui.navigate(ExerciseEditorView.class, RouteIds.of("exerciseId", e.id()))));
            edit.addThemeVariants(ButtonVariant.SMALL);
            body.add(edit);
        }
        var details = new Details(summary, body);
        details.addClassName("exercise-item");
        return details;
    }

    private String text(ExerciseDefinition e, String value) {
        return e.builtin() ? getTranslation(value) : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lib.title") + " · " + getTranslation("app.name");
    }
}
