package app.tether.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.base.DemoNotice;
import app.tether.security.CurrentUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The test database holds the demo practice, so every page warns; without it, no banner. */
@IntegrationTest
class DemoBannerBrowserlessTest extends SpringBrowserlessTest {

    @Autowired DemoNotice demo;
    @Autowired CurrentUser currentUser;
    @Autowired AuthenticationContext authContext;

    private static List<Div> banners(Component root) {
        return root.getElement().getChildren()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e),
                        e.getChildren()))
                .map(e -> e.getComponent().orElse(null))
                .filter(c -> c instanceof Div d && d.getId().filter("demo-banner"::equals).isPresent())
                .map(Div.class::cast).toList();
    }

    @Test
    void the_demo_practice_is_found_in_the_database() {
        assertThat(demo.demoPresent()).isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void a_signed_in_page_shows_the_demo_banner_as_a_status() {
        com.vaadin.flow.component.UI.getCurrent().navigate("caseload");
        Div banner = $(Div.class).id("demo-banner");
        assertThat(banner.getText()).isEqualTo("Demo practice: do not enter real client data");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(banner.getElement().getAttribute("slot")).isEqualTo("navbar");
    }

    @Test
    @WithUserDetails("therapist")
    void the_not_found_page_keeps_the_frame_and_the_banner() {
        NotFoundView view = navigate("cases/abc/scale", NotFoundView.class);
        assertThat(view.getParent()).containsInstanceOf(MainLayout.class);
        assertThat($(Div.class).id("demo-banner").getText()).contains("do not enter real client data");
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_shows_the_demo_banner() {
        assertThat($(Div.class).id("demo-banner").getText()).contains("do not enter real client data");
    }

    @Test
    @WithUserDetails("therapist")
    void without_the_demo_practice_the_layout_and_sign_in_page_show_no_banner() {
        DemoNotice absent = () -> false;
        assertThat(banners(new MainLayout(currentUser, authContext, absent))).isEmpty();
        assertThat(banners(new app.tether.security.ui.LoginView(absent))).isEmpty();
        assertThat(banners(new MainLayout(currentUser, authContext, demo))).hasSize(1);
    }
}
