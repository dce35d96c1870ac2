package app.tether.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ExerciseEditorBrowserlessTest extends SpringBrowserlessTest {

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
}
