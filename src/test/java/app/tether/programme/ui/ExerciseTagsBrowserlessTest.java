package app.tether.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A therapist tags their own exercise with lenses and further stages in the editor; the library shows the tags. */
@IntegrationTest
class ExerciseTagsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired ExerciseLibraryService library;

    @Test
    void the_editor_saves_lens_and_stage_tags_and_the_library_lists_them() {
        Person therapist = new TestData(accountProvisioning, caseProvisioning).therapist();
        TestUsers.signIn(userDetails, therapist.username());
        ExerciseEditorView view = navigate(ExerciseEditorView.class);
        view.title.setValue("Weather report of us");
        view.stage.setValue(3);
        view.instructions.setValue("Describe our weather today.");
        view.prompts.getFirst().label.setValue("Today's weather");
        view.lenses.setValue(Set.of(Lens.RELATIONSHIP_IMAGES, Lens.THERAPEUTIC_LETTERS));
        view.stages.setValue(Set.of(3, 4));
        test(view.save).click();

        ExerciseDefinition saved = library.library().stream().filter(e -> e.title().equals("Weather report of us"))
                .filter(e -> e.createdBy() != null && e.createdBy() == therapist.id()).findFirst().orElseThrow();
        assertThat(saved.lenses()).containsExactlyInAnyOrder(Lens.RELATIONSHIP_IMAGES, Lens.THERAPEUTIC_LETTERS);
        // Its own stage always counts, so only the further one is kept as a tag.
        assertThat(saved.stages()).containsExactly(4);

        navigate(ExerciseLibraryView.class);
        String item = $(Details.class).all().stream().map(d -> d.getElement().getTextRecursively())
                .filter(t -> t.contains("Weather report of us")).findFirst().orElseThrow();
        assertThat(item).contains("Relationship images", "Therapeutic letters", "stages 3").contains("4");

        ExerciseEditorView again = navigate("exercise-editor/" + saved.id(), ExerciseEditorView.class);
        assertThat(again.lenses.getValue()).containsExactlyInAnyOrder(Lens.RELATIONSHIP_IMAGES,
                Lens.THERAPEUTIC_LETTERS);
        assertThat(again.stages.getValue()).containsExactly(4);
    }

    @Test
    void the_built_in_letters_are_labelled_built_in_and_the_framework_exercises_framework() {
        Person therapist = new TestData(accountProvisioning, caseProvisioning).therapist();
        TestUsers.signIn(userDetails, therapist.username());
        navigate(ExerciseLibraryView.class);
        var items = $(Details.class).all().stream().map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(items).filteredOn(t -> t.contains("An unsent letter")).singleElement()
                .satisfies(t -> assertThat(t).contains("Built in").doesNotContain("Framework"));
        assertThat(items).filteredOn(t -> t.contains("Future Prevention") && t.contains("Framework")).isNotEmpty();
    }
}
