package app.tether.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.SecondStepSignIn;
import app.tether.security.TwoFactorService;
import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.TOTPGenerator;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Image;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The partial sign-in in the UI: only the code or setup page opens; a right code opens the rest. */
@IntegrationTest
class TwoFactorBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired TwoFactorService twoFactor;
    @Autowired CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void afterPassword(String username) {
        var user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static String appCode(String secret, Instant at) {
        return new TOTPGenerator.Builder(secret)
                .withHOTPGenerator(b -> b.withPasswordLength(6).withAlgorithm(HMACAlgorithm.SHA1))
                .withPeriod(Duration.ofSeconds(30)).build().at(at);
    }

    private TestData.Person requiredTherapist() {
        var therapist = new TestData(provisioning, cases).therapist();
        new TestUsers(userDetails).run("admin", () -> twoFactor.setRequired(therapist.id(), true));
        return therapist;
    }

    @Test
    void required_staff_without_a_setup_are_sent_to_it_then_see_recovery_codes() {
        var therapist = requiredTherapist();
        afterPassword(therapist.username());
        TwoFactorSetupView setup = navigate("caseload", TwoFactorSetupView.class);
        assertThat(setup.getElement().getTextRecursively()).contains("Your practice asks therapists and admins");
        Image qr = (Image) setup.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .flatMap(c -> c.getChildren()).filter(Image.class::isInstance).findFirst().orElseThrow();
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR code"));
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = setup.secret.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        test(setup.code).setValue(appCode(secret, Instant.now()));
        test(setup.confirm).click();
        assertThat(setup.recovery.getElement().getTextRecursively()).contains("Your recovery codes");
        assertThat(setup.recovery.getChildren().filter(c -> "recovery-codes".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow().getChildren().count()).isEqualTo(10);
        assertThat(currentUser.get()).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_THERAPIST", SecondStepSignIn.TOTP_FACTOR);
        com.vaadin.flow.component.UI.getCurrent().navigate("caseload");
        assertThat(getCurrentView().getClass().getName()).isEqualTo("app.tether.home.ui.HomeView");
    }

    @Test
    void an_enrolled_person_reaches_only_the_code_page_until_the_code_is_right() {
        var therapist = new TestData(provisioning, cases).person(Role.THERAPIST, "Code Page");
        afterPassword(therapist.username());
        var enrolment = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(enrolment.secret(), appCode(enrolment.secret(), Instant.now()));

        afterPassword(therapist.username());
        assertThat(currentUser.get()).isEmpty();
        navigate("caseload", TwoFactorCodeView.class);
        navigate("password", TwoFactorCodeView.class);
        TwoFactorCodeView view = navigate("two-factor/setup", TwoFactorCodeView.class);

        test(view.code).setValue("000000".equals(appCode(enrolment.secret(), Instant.now().plusSeconds(30)))
                ? "111111" : "000000");
        test(view.verify).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("did not work");
        assertThat(currentUser.get()).isEmpty();

        test(view.code).setValue(appCode(enrolment.secret(), Instant.now().plusSeconds(30)));
        test(view.verify).click();
        assertThat(currentUser.get()).isPresent();
        com.vaadin.flow.component.UI.getCurrent().navigate("caseload");
        assertThat(getCurrentView().getClass().getName()).isEqualTo("app.tether.home.ui.HomeView");
    }
}
