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
    @WithUserDetails("chen.jing")
    void a_client_lands_on_my_homework_with_a_friendly_empty_state() {
        // Signed-in clients start at "/", which forwards them here.
        assertThat(getCurrentView()).isInstanceOf(MyHomeworkView.class);
        var view = (MyHomeworkView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("My homework", "Hello, Chen Jing.");
        assertThat($(Div.class).id("homework-empty").getElement().getTextRecursively())
                .contains("Nothing to do right now");
    }
}
