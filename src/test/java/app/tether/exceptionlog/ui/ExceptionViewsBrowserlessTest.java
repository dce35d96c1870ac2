package app.tether.exceptionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ExceptionViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    @Test
    @WithUserDetails("liu.jia")
    void saving_with_every_prompt_empty_says_so_and_keeps_the_tags_and_time() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        var when = view.when.getValue();
        view.tags.setValue(java.util.Set.of("evening"));
        test(view.save).click();
        assertThat(view.prompts.getFirst().isInvalid()).isTrue();
        assertThat(view.prompts.getFirst().getErrorMessage()).isEqualTo("Write something in at least one of the five prompts.");
        assertThat(view.tags.getValue()).containsExactly("evening");
        assertThat(view.when.getValue()).isEqualTo(when);
        assertThat(view.getElement().getTextRecursively()).contains("plans announced");
    }

    @Autowired app.tether.security.AccountProvisioning accountProvisioning;
    @Autowired app.tether.caseload.CaseProvisioning caseProvisioning;
    @Autowired app.tether.exceptionlog.ExceptionLogService log;

    @Test
    void a_moment_the_therapist_marked_keeps_its_box_ticked_and_locked_and_says_why() {
        var users = new TestUsers(userDetails);
        var data = new app.tether.TestData(accountProvisioning, caseProvisioning);
        var therapist = data.therapist();
        var client = data.client("Marked Client");
        long caseId = data.enrolledCase(therapist, app.tether.caseload.Lens.NARRATIVE, 10, client);
        long marked = users.as(client.username(), () -> log.save(caseId, null, new app.tether.exceptionlog.EntryInput(
                java.time.LocalDateTime.now().minusDays(1), "The therapist liked this one", null, null, null, null,
                java.util.List.of(), false), 0)).id();
        users.as(client.username(), () -> log.save(caseId, null, new app.tether.exceptionlog.EntryInput(
                java.time.LocalDateTime.now().minusDays(2), "An ordinary one", null, null, null, null,
                java.util.List.of(), false), 0));
        users.run(therapist.username(), () -> log.mark(marked, null, true, null));

        var user = userDetails.loadUserByUsername(client.username());
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            MyExceptionsView view = navigate(MyExceptionsView.class);
            // A new moment: the box is the client's to tick.
            assertThat(view.significant.isEnabled()).isTrue();
            assertThat(view.significant.getHelperText()).isNullOrEmpty();
            var edits = $(com.vaadin.flow.component.button.Button.class).all().stream()
                    .filter(b -> "Edit".equals(b.getText())).toList();
            assertThat(edits).hasSize(2);
            // Newest first: the marked moment's card comes first.
            test(edits.getFirst()).click();
            assertThat(view.prompts.getFirst().getValue()).isEqualTo("The therapist liked this one");
            assertThat(view.significant.getValue()).isTrue();
            assertThat(view.significant.isEnabled()).isFalse();
            assertThat(view.significant.getHelperText()).isEqualTo("Your therapist marked this moment significant, "
                    + "so it stays marked.");
            // Another moment unlocks it again.
            test(edits.get(1)).click();
            assertThat(view.significant.getValue()).isFalse();
            assertThat(view.significant.isEnabled()).isTrue();
            assertThat(view.significant.getHelperText()).isNullOrEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithUserDetails("therapist")
    void the_review_shows_both_partners_and_filters_narrow_the_count() {
        long couple = new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Zhao Lei & Zhou Ting")).findFirst().map(CaseSummary::caseId).orElseThrow());
        CaseExceptionsView view = navigate("cases/" + couple + "/exceptions", CaseExceptionsView.class);
        assertThat(view.count.getText()).isEqualTo("14 entries");
        test(view.text).setValue("jasmine");
        assertThat(view.count.getText()).isEqualTo("2 entries");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("patterns").getElement().getTextRecursively())
                .contains("kind gesture", "Conditions that come together");
    }
}
