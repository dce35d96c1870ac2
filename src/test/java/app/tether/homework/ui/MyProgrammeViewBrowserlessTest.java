package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The client's map of the programme: six stages, theirs marked in words, the day, their own done exercises. */
@IntegrationTest
class MyProgrammeViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.base.TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void realTime() {
        // The demo data is dated from the real day; another test may have pinned the clock.
        clock.reset();
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("chen.jing")
    void chen_jing_sees_six_stages_with_hers_in_progress_and_the_day() {
        navigate(MyProgrammeView.class);
        assertThat($(ListItem.class).withClassName("programme-stage").all()).hasSize(6);
        assertThat(text($(Paragraph.class).id("programme-where")))
                .isEqualTo("Day 32 of your programme. You are in stage 5 of 6: Action Construction.");
        ListItem current = $(ListItem.class).withClassName("current").single();
        assertThat(current.getId()).hasValue("stage-5");
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(text(current)).contains("Stage 5: Action Construction", "You are here", "Goal:");
        assertThat($(Span.class).id("programme-now").getParent()).hasValue(current);
        // Her own sent exercises are listed under their stage.
        assertThat(text($(ListItem.class).id("stage-1"))).contains("Hope Questions").doesNotContain("You are here");
        assertThat(text($(ListItem.class).id("stage-2"))).contains("Coping List");
        assertThat(text($(ListItem.class).id("stage-6"))).contains("Usually from day 36 on");
    }

    @Test
    void both_partners_of_a_couple_see_the_same_stage_and_day() {
        signIn("zhao.lei");
        navigate(MyProgrammeView.class);
        String his = text($(Paragraph.class).id("programme-where"));
        String hisCurrent = $(ListItem.class).withClassName("current").single().getId().orElseThrow();

        signIn("zhou.ting");
        navigate(MyProgrammeView.class);
        assertThat(text($(Paragraph.class).id("programme-where"))).isEqualTo(his).contains("Day 44", "stage 6 of 6");
        assertThat($(ListItem.class).withClassName("current").single().getId()).hasValue(hisCurrent);
    }

    @Test
    @WithUserDetails("elena.rossi")
    void a_client_without_an_enrolled_case_reads_a_plain_sentence() {
        navigate(MyProgrammeView.class);
        assertThat(text($(Paragraph.class).id("programme-not-enrolled"))).contains("not started a programme");
        assertThat($(ListItem.class).withClassName("programme-stage").all()).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_is_refused_the_route() {
        navigate("my-programme", app.tether.shell.NotFoundView.class);
        assertThat($(ListItem.class).withClassName("programme-stage").all()).isEmpty();
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }
}
