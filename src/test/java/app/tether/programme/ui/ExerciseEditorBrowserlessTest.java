package app.tether.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ExerciseEditorBrowserlessTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired app.tether.programme.ExerciseLibraryService library;

    @Test
    @WithUserDetails("therapist")
    void the_library_shows_the_eighteen_framework_exercises_by_stage() {
        navigate(ExerciseLibraryView.class);
        assertThat($(Details.class).all().stream().filter(d -> d.getElement().getTextRecursively().contains("Framework")))
                .hasSizeGreaterThanOrEqualTo(18);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Hope Questions", "Action Menu",
                "Celebration and Meaning Construction", "Every day");
    }

    @Test
    @WithUserDetails("therapist")
    void missing_title_and_prompt_text_are_named_and_nothing_typed_is_lost() {
        ExerciseEditorView view = navigate(ExerciseEditorView.class);
        view.instructions.setValue("Write a few lines every evening.");
        test(view.save).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Give the exercise a title.");
        assertThat(view.prompts.getFirst().label.isInvalid()).isTrue();
        assertThat(view.prompts.getFirst().label.getErrorMessage()).isEqualTo("Prompt 1 needs a question.");
        assertThat(view.instructions.getValue()).isEqualTo("Write a few lines every evening.");
    }

    @Test
    @WithUserDetails("therapist")
    void an_exercise_of_the_practice_can_recur_every_week() {
        String title = "Weekly walk " + java.util.UUID.randomUUID();
        ExerciseEditorView view = navigate(ExerciseEditorView.class);
        assertThat(view.recurring.getValue()).isEqualTo(ExerciseEditorView.Often.ONCE);
        view.title.setValue(title);
        view.instructions.setValue("Once a week, a walk and a few lines about it.");
        view.prompts.getFirst().label.setValue("What did we talk about?");
        test(view.recurring).selectItem("Every week (one answer per week, Monday to Sunday)");
        test(view.save).click();
        var saved = library.library().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
        assertThat(saved.recurrence()).isEqualTo(app.tether.programme.Recurrence.WEEKLY);
        navigate(ExerciseLibraryView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Every week");
    }
}
