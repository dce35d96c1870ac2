package app.tether.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.caseload.CaseKind;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CasesAdminViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void a_couple_with_the_same_person_twice_gets_a_message_at_the_partner_and_keeps_the_choices() {
        CasesAdminView view = navigate(CasesAdminView.class);
        view.kind.setValue(CaseKind.COUPLE);
        assertThat(view.secondClient.isVisible()).isTrue();
        var liu = view.firstClient.getListDataView().getItems().filter(a -> a.username().equals("liu.jia"))
                .findFirst().orElseThrow();
        var therapist = view.therapist.getListDataView().getItems().filter(a -> a.username().equals("therapist"))
                .findFirst().orElseThrow();
        view.firstClient.setValue(liu);
        view.secondClient.setValue(liu);
        view.therapist.setValue(therapist);
        test(view.create).click();
        assertThat(view.secondClient.isInvalid()).isTrue();
        assertThat(view.secondClient.getErrorMessage()).isEqualTo("Choose two different people for a couple.");
        assertThat(view.firstClient.getValue()).isEqualTo(liu);
        assertThat(view.therapist.getValue()).isEqualTo(therapist);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_case_list_shows_people_and_therapists_but_no_stage_or_lens() {
        CasesAdminView view = navigate(CasesAdminView.class);
        String all = view.getElement().getOuterHTML();
        assertThat(all).doesNotContain("Action Construction").doesNotContain("Identity migration");
    }
}
