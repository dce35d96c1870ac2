package app.tether.caseload.ui;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Closing, reopening and the lens change on screen, as therapist, admin and client. Fresh people. */
@IntegrationTest
class CaseClosureViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired HomeworkService homework;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestData data;
    TestUsers users;
    Person therapist;
    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Lin Closing");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 12, client);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private void closeAsTherapist() {
        users.run(therapist.username(), () -> caseload.closeCase(caseId, LocalDate.now(), "Goals reached",
                caseload.caseDetails(caseId).version()));
    }

    @Test
    void the_therapist_closes_the_case_from_its_page_and_then_sees_it_read_only_with_reopen() {
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        assertThat($(Details.class).id("close-section")).isNotNull();
        view.closeReason.setValue("   ");
        test(view.closeButton).click();
        assertThat(view.closeReason.isInvalid()).isTrue();
        assertThat(view.closeReason.getErrorMessage()).isEqualTo("Write a short reason.");

        view.closeReason.setValue("Goals reached; we agreed to end here.");
        test(view.closeButton).click();
        // The notice is the case frame's (CaseLayout), the history the overview's.
        assertThat(text($(CaseLayout.class).single())).contains("This case was closed on",
                "Goals reached; we agreed to end here.", "Case closed");
        assertThat($(Anchor.class).id("tab-sessions")).isNotNull();
        assertThat($(Details.class).id("reopen-section").isOpened()).isTrue();
        assertThat(view.changeStageButton.isAttached()).isFalse();
        assertThat(view.changeLensButton.isAttached()).isFalse();
        assertThat(view.closeButton.isAttached()).isFalse();

        view.reopenReason.setValue("The client asked to continue.");
        test(view.reopenButton).click();
        assertThat(text($(CaseLayout.class).single())).doesNotContain("This case was closed on").contains("Case reopened",
                "The client asked to continue.");
        assertThat(view.changeStageButton.isAttached()).isTrue();
    }

    @Test
    void each_lens_is_offered_with_its_description_and_a_change_lands_in_the_history() {
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        assertThat(text(view.newLens)).contains("Therapeutic letters", "letters that are never sent",
                "Relationship images", "inner pictures");
        view.newLens.setValue(Lens.CONNECTION);
        view.lensReason.setValue("Trying");
        test(view.changeLensButton).click();
        assertThat(view.newLens.getErrorMessage()).isEqualTo("The case already works through this lens. Choose another one.");

        view.newLens.setValue(Lens.THERAPEUTIC_LETTERS);
        view.lensReason.setValue("She writes more easily than she talks.");
        test(view.changeLensButton).click();
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("stage-history")))
                .contains("Lens changed from Connection (relational-cultural) to Therapeutic letters",
                        "She writes more easily than she talks.");
        assertThat(view.newLens.getValue()).isNull();
    }

    @Test
    void the_enrol_form_shows_the_lens_descriptions_too() {
        long fresh = data.unenrolledCase(therapist, data.client("New Person"));
        signIn(therapist.username());
        CaseView view = navigate("cases/" + fresh, CaseView.class);
        assertThat(text(view.lens)).contains("Narrative re-authoring", "one story among many");
    }

    @Test
    void the_admin_is_asked_before_a_second_open_case_and_can_see_the_first_or_go_ahead() {
        signIn("admin");
        CasesAdminView view = navigate(CasesAdminView.class);
        view.kind.setValue(CaseKind.INDIVIDUAL);
        view.firstClient.setValue(view.firstClient.getListDataView().getItems()
                .filter(a -> a.username().equals(client.username())).findFirst().orElseThrow());
        view.therapist.setValue(view.therapist.getListDataView().getItems()
                .filter(a -> a.username().equals(therapist.username())).findFirst().orElseThrow());
        int before = view.grid.getListDataView().getItemCount();
        test(view.create).click();
        assertThat(view.duplicateDialog).isNotNull();
        assertThat(text(view.duplicateDialog)).contains("Lin Closing already has an open case, opened")
                .doesNotContain("case: Lin Closing");
        assertThat($(Button.class).id("duplicate-show").getThemeNames()).contains("primary");
        assertThat($(Button.class).id("duplicate-create").getThemeNames()).doesNotContain("primary");
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(before);

        test($(Button.class).id("duplicate-show")).click();
        assertThat(view.grid.getSelectedItems()).singleElement()
                .satisfies(r -> assertThat(r.caseId()).isEqualTo(caseId));

        test(view.create).click();
        test($(Button.class).id("duplicate-create")).click();
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(before + 1);
    }

    @Test
    void the_admin_closes_a_case_from_the_list_and_sees_its_status() {
        signIn("admin");
        CasesAdminView view = navigate(CasesAdminView.class);
        // Grid cells are not rendered without a browser: open the row's dialog as its button would.
        view.close(view.grid.getListDataView().getItems().filter(r -> r.caseId() == caseId).findFirst().orElseThrow());
        $(TextArea.class).id("dialog-reason").setValue("The client moved abroad.");
        test($(Button.class).id("close-confirm")).click();
        assertThat(view.grid.getListDataView().getItems().filter(r -> r.caseId() == caseId).findFirst().orElseThrow()
                .closed()).isTrue();
        assertThat(text(view)).doesNotContain("The client moved abroad.");
        users.run(therapist.username(), () -> assertThat(caseload.caseDetails(caseId).closedReason())
                .isEqualTo("The client moved abroad."));
    }

    @Test
    void a_client_of_a_closed_case_reads_their_history_but_is_told_why_nothing_can_be_added() {
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        long assignment = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(hope), List.of(client.id()), null, null))).getFirst().id();
        closeAsTherapist();
        signIn(client.username());

        navigate("my-scale", Component.class);
        assertThat(text($(com.vaadin.flow.component.html.Paragraph.class).id("case-closed-notice")))
                .startsWith("Your programme was closed on");
        assertThat($(Button.class).withId("rate-save").all()).isEmpty();

        navigate("my-exceptions", Component.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("case-closed-notice")).isNotNull();
        assertThat($(Button.class).withId("entry-save").all()).isEmpty();

        navigate("my-homework", Component.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("case-closed-notice")).isNotNull();
        // Nothing is due in a closed programme: unsent work is listed plainly.
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("group-unsent"))).contains("Hope Questions");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("group-due-soon").all()).isEmpty();

        navigate("homework/" + assignment, Component.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("case-closed-notice")).isNotNull();
        assertThat($(Button.class).withId("submit-homework").all()).isEmpty();
        assertThat($(RadioButtonGroup.class).all()).isEmpty();
    }
}
