package app.tether.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Letters, overflowing numbers, signs and empty ids in any route end on the not-found page. */
@IntegrationTest
class MalformedIdsBrowserlessTest extends SpringBrowserlessTest {

    private String notFoundText(String location) {
        NotFoundView view = navigate(location, NotFoundView.class);
        return view.getElement().getTextRecursively();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cases/abc/scale", "cases/99999999999999999999/exceptions", "cases/-1/homework",
            "cases/abc/sessions", "cases/9223372036854775808/scale", "cases//scale", "cases/1e3/exceptions",
            "cases/007/scale", "sessions/abc", "sessions/99999999999999999999", "sessions/-4",
            "cases/abc", "cases/9999999999999999999", "cases/99999999999999999999", "cases/-5", "cases/0",
            "cases/+5", "cases", "review/x", "review/9999999999999999999", "review/-1",
            "exercise-editor/x", "exercise-editor/9999999999999999999", "exercise-editor/-3",
            "exercise-editor/0"})
    @WithUserDetails("therapist")
    void malformed_ids_give_the_not_found_page_to_a_therapist(String location) {
        assertThat(notFoundText(location)).as(location).contains("Page not available");
    }

    @ParameterizedTest
    @ValueSource(strings = {"homework/x", "homework", "homework/9999999999999999999", "homework/-2",
            "homework/+2", "homework/%20", "homework/1.5"})
    @WithUserDetails("chen.jing")
    void malformed_ids_give_the_not_found_page_to_a_client(String location) {
        assertThat(notFoundText(location)).as(location).contains("Page not available");
    }

    @Test
    @WithUserDetails("therapist")
    void ids_in_query_parameters_are_not_read() {
        UI.getCurrent().navigate("homework", QueryParameters.of("id", "x"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("cases", QueryParameters.of("caseId", "12"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("therapist")
    void a_refusal_thrown_while_navigating_looks_exactly_like_not_found() {
        String notFound = notFoundText("no-such-page");
        RefusedView refused = navigate("test-refusal", RefusedView.class);
        assertThat(refused.getElement().getTextRecursively()).isEqualTo(notFound);
        assertThat(refused.getClassNames()).containsExactly("not-found");
    }

    /** Stands for any view whose service refuses without the view catching it. */
    @Route("test-refusal")
    @PermitAll
    public static class RefusingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException("not yours");
        }
    }
}
