package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.TOTPGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The second sign-in step on the real database, codes computed here with otp-java. */
@IntegrationTest
class TwoFactorServiceTest {

    @Autowired TwoFactorService twoFactor;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning provisioning;
    @Autowired CaseProvisioning cases;
    @Autowired AccountRepository accountRepository;

    /** What an authenticator app shows at {@code at}, made independently of the app's own code. */
    static String appCode(String secret, Instant at) {
        return new TOTPGenerator.Builder(secret)
                .withHOTPGenerator(b -> b.withPasswordLength(6).withAlgorithm(HMACAlgorithm.SHA1))
                .withPeriod(Duration.ofSeconds(30)).build().at(at);
    }

    /** Runs as the person as the password step leaves them (partial when a code must follow). */
    <T> T afterPassword(String username, Supplier<T> action) {
        var user = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    record Setup(TestData.Person person, String secret, List<String> recovery) {
    }

    Setup enrolled(Role role) {
        var person = new TestData(provisioning, cases).person(role, "Two Factor");
        var enrolment = afterPassword(person.username(), twoFactor::startEnrolment);
        assertThat(enrolment.otpauthUri()).contains("issuer=Tether").contains("secret=" + enrolment.secret());
        var enrolled = afterPassword(person.username(),
                () -> twoFactor.confirmEnrolment(enrolment.secret(), appCode(enrolment.secret(), Instant.now())));
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        return new Setup(person, enrolment.secret(), enrolled.recoveryCodes());
    }

    @Test
    void enrolment_needs_a_correct_first_code() {
        var person = new TestData(provisioning, cases).client("Wen Qing");
        var enrolment = afterPassword(person.username(), twoFactor::startEnrolment);
        assertThatThrownBy(() -> afterPassword(person.username(),
                () -> twoFactor.confirmEnrolment(enrolment.secret(), wrongCode(enrolment.secret()))))
                .isInstanceOf(ValidationProblem.class);
        assertThat(afterPassword(person.username(), twoFactor::status).enrolled()).isFalse();
        afterPassword(person.username(),
                () -> twoFactor.confirmEnrolment(enrolment.secret(), appCode(enrolment.secret(), Instant.now())));
        var status = afterPassword(person.username(), twoFactor::status);
        assertThat(status.enrolled()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        // Stored encrypted, never as the secret itself.
        assertThat(accountRepository.findById(person.id()).orElseThrow().getTotpSecret())
                .startsWith("v1:").doesNotContain(enrolment.secret());
    }

    @Test
    void after_enrolment_the_password_alone_gives_only_the_partial_authority() {
        var setup = enrolled(Role.THERAPIST);
        var user = userDetails.loadUserByUsername(setup.person().username());
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(TetherUser.SECOND_STEP_PENDING);
    }

    @Test
    void a_code_signs_in_once_and_a_replay_is_refused() {
        var setup = enrolled(Role.THERAPIST);
        String username = setup.person().username();
        // The enrolment used the current step, so the next code is what the app shows next.
        String next = appCode(setup.secret(), Instant.now().plusSeconds(30));
        TetherUser full = afterPassword(username, () -> twoFactor.verify(next));
        assertThat(full.secondStepPending()).isFalse();
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_THERAPIST");
        assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify(next)))
                .isInstanceOf(TwoFactorService.WrongCode.class);
    }

    @Test
    void a_wrong_code_is_refused_and_counted() {
        var setup = enrolled(Role.ADMIN);
        String username = setup.person().username();
        String wrong = wrongCode(setup.secret());
        for (int i = 1; i <= 2; i++) {
            assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify(wrong)))
                    .isInstanceOf(TwoFactorService.WrongCode.class);
            assertThat(accountRepository.findById(setup.person().id()).orElseThrow().getTotpFailures()).isEqualTo(i);
        }
        assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify("not a code")))
                .isInstanceOf(TwoFactorService.WrongCode.class);
        afterPassword(username, () -> twoFactor.verify(appCode(setup.secret(), Instant.now().plusSeconds(30))));
        assertThat(accountRepository.findById(setup.person().id()).orElseThrow().getTotpFailures()).isZero();
    }

    @Test
    void five_wrong_codes_hold_back_even_the_right_one_for_a_while() {
        var setup = enrolled(Role.THERAPIST);
        String username = setup.person().username();
        String wrong = wrongCode(setup.secret());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify(wrong)))
                    .isInstanceOf(TwoFactorService.WrongCode.class);
        }
        String right = appCode(setup.secret(), Instant.now().plusSeconds(30));
        assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify(right)))
                .hasMessageContaining("validation.twoFactor.tooMany");
    }

    @Test
    void recovery_codes_work_once_each() {
        var setup = enrolled(Role.CLIENT);
        String username = setup.person().username();
        String first = setup.recovery().get(0);
        assertThat(afterPassword(username, () -> twoFactor.verify(first)).secondStepPending()).isFalse();
        assertThatThrownBy(() -> afterPassword(username, () -> twoFactor.verify(first)))
                .isInstanceOf(TwoFactorService.WrongCode.class);
        // Typed without the dash and in capitals, a code still works.
        String second = setup.recovery().get(1).replace("-", "").toUpperCase();
        assertThat(afterPassword(username, () -> twoFactor.verify(second)).secondStepPending()).isFalse();
        var full = afterPassword(username, () -> twoFactor.verify(setup.recovery().get(2)));
        assertThat(full).isNotNull();
    }

    @Test
    void the_partial_sign_in_cannot_call_services() {
        var setup = enrolled(Role.ADMIN);
        assertThatThrownBy(() -> afterPassword(setup.person().username(), accounts::listAccounts))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> afterPassword(setup.person().username(), () -> {
            accounts.changeOwnPassword(TestData.PASSWORD, "a brand new long password", "a brand new long password");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // ...and a fully signed-in person has no use for the second step.
        var other = new TestData(provisioning, cases).therapist();
        assertThatThrownBy(() -> afterPassword(other.username(), () -> twoFactor.verify("123456")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_on_the_required_setting_must_enrol_after_the_password() {
        var therapist = new TestData(provisioning, cases).therapist();
        new TestUsers(userDetails).run("admin", () -> twoFactor.setRequired(therapist.id(), true));
        var user = userDetails.loadUserByUsername(therapist.username());
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(TetherUser.SECOND_STEP_PENDING);
        assertThat(afterPassword(therapist.username(), twoFactor::enrolmentNeeded)).isTrue();
        var enrolment = afterPassword(therapist.username(), twoFactor::startEnrolment);
        var enrolled = afterPassword(therapist.username(),
                () -> twoFactor.confirmEnrolment(enrolment.secret(), appCode(enrolment.secret(), Instant.now())));
        assertThat(enrolled.signedIn().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_THERAPIST");
        // An admin clears a lost setup; the next sign-in asks for a new one.
        new TestUsers(userDetails).run("admin", () -> twoFactor.resetForAccount(therapist.id()));
        assertThat(afterPassword(therapist.username(), twoFactor::enrolmentNeeded)).isTrue();
        var again = afterPassword(therapist.username(), twoFactor::startEnrolment);
        afterPassword(therapist.username(),
                () -> twoFactor.confirmEnrolment(again.secret(), appCode(again.secret(), Instant.now())));
        // Required: it cannot be turned off.
        assertThatThrownBy(() -> afterPassword(therapist.username(), () -> {
            twoFactor.remove("123456");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    static String wrongCode(String secret) {
        long step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String c = String.format("%06d", candidate);
            boolean valid = false;
            for (long s = step - 2; s <= step + 2; s++) {
                valid |= Totp.code(secret, s).equals(c);
            }
            if (!valid) {
                return c;
            }
        }
    }
}
