package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MyHomeworkViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amira.haddad")
    void a_client_without_homework_lands_on_a_friendly_empty_state() {
        // Signed-in clients start at "/", which forwards them here.
        assertThat(getCurrentView()).isInstanceOf(MyHomeworkView.class);
        var view = (MyHomeworkView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("My homework", "Hello, Amira Haddad.");
        assertThat($(Div.class).id("homework-empty").getElement().getTextRecursively())
                .contains("Nothing to do right now");
    }

    @Test
    @WithUserDetails("liu.jia")
    void homework_is_grouped_into_overdue_to_do_and_done() {
        assertThat(getCurrentView()).isInstanceOf(MyHomeworkView.class);
        assertThat($(Div.class).id("group-overdue").getElement().getTextRecursively()).contains("Coping List", "Was due");
        assertThat($(Div.class).id("group-due-soon").getElement().getTextRecursively()).contains("Strength Exploration",
                "Due");
        assertThat($(Div.class).id("group-done").getElement().getTextRecursively())
                .contains("Hope Questions", "Reviewed", "Relationship Narrative Listening", "Sent");
    }
}
