package app.tether.security;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;
import app.tether.audit.AuditOutcome;
import app.tether.base.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in step (TOTP, RFC 6238) and its enrolment. The password alone gives a partial
 * sign-in (see {@link TetherUser#SECOND_STEP_PENDING}); a correct code or an unused recovery code
 * returns the fully signed-in person, whom the UI then puts in place of the partial one.
 */
@Service
@Transactional
public class TwoFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpSecrets secrets;
    private final TwoFactorPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final ObjectProvider<CodeAttempts> attempts;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, TotpSecrets secrets,
                     TwoFactorPolicy policy, CurrentUser currentUser, Clock clock, AuditLog audit,
                     ObjectProvider<CodeAttempts> attempts) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.attempts = attempts;
    }

    public record Status(boolean enrolled, boolean required, long recoveryCodesLeft) {
    }

    /** A secret not yet stored: it becomes the person's only once a first code confirms it. */
    public record Enrolment(String secret, String groupedSecret, String otpauthUri) {
    }

    /** The recovery codes, shown once, and the person fully signed in. */
    public record Enrolled(List<String> recoveryCodes, TetherUser signedIn) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Status status() {
        Account account = me();
        return new Status(account.hasTotp(), policy.required(account),
                recoveryCodes.countByAccountIdAndUsedAtIsNull(account.getId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Enrolment startEnrolment() {
        Account account = me();
        if (account.hasTotp()) {
            throw new AccessDeniedException("Two-factor sign-in is already set up");
        }
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.grouped(secret), Totp.uri(secret, account.getUsername()));
    }

    /**
     * Stores the secret once a code made from it is right, and hands out fresh recovery codes.
     * Someone part-way through signing in (enrolment required) is then fully signed in.
     */
    @PreAuthorize("isAuthenticated()")
    public Enrolled confirmEnrolment(String secret, String code) {
        TetherUser user = currentUser.anyStage().orElseThrow();
        Account account = me();
        if (account.hasTotp()) {
            throw new AccessDeniedException("Two-factor sign-in is already set up");
        }
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new IllegalArgumentException("Not a secret from startEnrolment");
        }
        OptionalLong step = Totp.match(secret, clean(code), clock.instant(), 0);
        if (step.isEmpty()) {
            throw ValidationProblem.of("code", "validation.twoFactor.wrongCode");
        }
        account.enrolTotp(secrets.encrypt(secret), step.getAsLong(), clock.instant());
        List<String> codes = newRecoveryCodes(account.getId());
        audit.record(AuditEvent.of(AuditAction.TWO_FACTOR_ENROLLED, null, "ACCOUNT", account.getId(), null));
        return new Enrolled(codes, user.withSecondStepDone());
    }

    /**
     * The second sign-in step: a 6-digit code from the app, accepted once, or an unused recovery
     * code. Returns the fully signed-in person; a wrong or replayed code is refused.
     */
    @PreAuthorize("hasAuthority('" + TetherUser.SECOND_STEP_PENDING + "')")
    @Transactional(noRollbackFor = WrongCode.class) // the failure count must stay
    public TetherUser verify(String code) {
        TetherUser user = currentUser.anyStage().orElseThrow();
        Account account = me();
        if (!account.hasTotp()) {
            throw new AccessDeniedException("Two-factor sign-in is not set up");
        }
        CodeAttempts limit = attempts.getIfAvailable(() -> CodeAttempts.UNLIMITED);
        if (!limit.mayTry(account.getId(), account.getUsername())) {
            audit.record(new AuditEvent(AuditAction.TWO_FACTOR_FAILED, null, "ACCOUNT", account.getId(),
                    "reason:throttled", AuditOutcome.FAILURE, null));
            throw ValidationProblem.of("code", "validation.twoFactor.tooMany");
        }
        String given = clean(code);
        String how = null;
        OptionalLong step = Totp.match(secrets.decrypt(account.getTotpSecret()), given, clock.instant(),
                account.getTotpLastStep());
        if (step.isPresent()) {
            account.totpAccepted(step.getAsLong());
            how = "totp";
        } else if (given.length() == 10) {
            var unused = recoveryCodes.findByAccountIdAndCodeHashAndUsedAtIsNull(account.getId(), hash(given));
            if (unused.isPresent()) {
                unused.get().use(clock.instant());
                account.codeSucceeded();
                how = "recovery-code";
            }
        }
        if (how == null) {
            account.codeFailed();
            limit.failed(account.getId(), account.getUsername());
            audit.record(new AuditEvent(AuditAction.TWO_FACTOR_FAILED, null, "ACCOUNT", account.getId(),
                    "failures:" + account.getTotpFailures(), AuditOutcome.FAILURE, null));
            throw new WrongCode();
        }
        limit.succeeded(account.getId(), account.getUsername());
        audit.record(AuditEvent.of(AuditAction.TWO_FACTOR_PASSED, null, "ACCOUNT", account.getId(), "by:" + how));
        return user.withSecondStepDone();
    }

    /** Whether the person part-way through signing in must first set up two-factor sign-in. */
    @PreAuthorize("hasAuthority('" + TetherUser.SECOND_STEP_PENDING + "')")
    @Transactional(readOnly = true)
    public boolean enrolmentNeeded() {
        return !me().hasTotp();
    }

    /** Turning it off needs a current code; staff on the "required" setting cannot. */
    @PreAuthorize(Roles.SIGNED_IN)
    public void remove(String code) {
        Account account = me();
        if (!account.hasTotp() || policy.required(account)) {
            throw new AccessDeniedException("Two-factor sign-in cannot be turned off here");
        }
        OptionalLong step = Totp.match(secrets.decrypt(account.getTotpSecret()), clean(code), clock.instant(),
                account.getTotpLastStep());
        if (step.isEmpty()) {
            throw ValidationProblem.of("code", "validation.twoFactor.wrongCode");
        }
        account.removeTotp();
        recoveryCodes.deleteByAccount(account.getId());
        audit.record(AuditEvent.of(AuditAction.TWO_FACTOR_REMOVED, null, "ACCOUNT", account.getId(), null));
    }

    /** An admin requires (or stops requiring) the second step of one account, whatever its role. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void setRequired(long accountId, boolean required) {
        accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"))
                .setTwoFactorRequired(required);
        audit.record(AuditEvent.of(AuditAction.RECORD_CHANGED, null, "ACCOUNT", accountId,
                "twoFactorRequired:" + required));
    }

    /**
     * For someone who lost both phone and recovery codes: the admin clears the setup, and the
     * person sets it up again at the next sign-in (where it is required) or from the password page.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    public void resetForAccount(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
        account.removeTotp();
        recoveryCodes.deleteByAccount(accountId);
        audit.record(AuditEvent.of(AuditAction.TWO_FACTOR_REMOVED, null, "ACCOUNT", accountId, "by:admin"));
    }

    /** A wrong or already used code; the failure is stored before this is thrown. */
    public static final class WrongCode extends ValidationProblem {
        WrongCode() {
            super(List.of(new FieldError("code", "validation.twoFactor.wrongCode", List.of())));
        }
    }

    private Account me() {
        long id = currentUser.anyStage().orElseThrow(() -> new AccessDeniedException("Not signed in")).accountId();
        return accounts.findById(id).orElseThrow();
    }

    private List<String> newRecoveryCodes(long accountId) {
        recoveryCodes.deleteByAccount(accountId);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = b.toString();
            if (!codes.contains(code)) {
                codes.add(code);
                recoveryCodes.save(new RecoveryCode(accountId, hash(code)));
            }
        }
        return codes.stream().map(c -> c.substring(0, 5) + "-" + c.substring(5)).toList();
    }

    private static String clean(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
