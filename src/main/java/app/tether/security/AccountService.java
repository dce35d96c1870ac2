package app.tether.security;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;

import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.reports.WelcomeLetter;
import app.tether.reports.WelcomeLetterRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration: the admin creates, deactivates and resets accounts. */
@Service
@Transactional
public class AccountService {

    public static final int USERNAME_MAX = 64;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 32;
    /** Deliberately loose: one @, something before it, a dot in the domain, no spaces. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Digits with the usual separators and an optional leading +; at least five digits. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");
    /** Long enough to reach someone over a weekend; short enough that a leaked one goes stale. */
    public static final java.time.Duration TEMPORARY_PASSWORD_LIFETIME = java.time.Duration.ofHours(72);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TemporaryPasswords temporaryPasswords;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.security.core.session.SessionRegistry sessions;
    private final AuditLog audit;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final TwoFactorPolicy twoFactorPolicy;
    private final SignedInName signedInName;
    private final WelcomeLetterRenderer letters;
    private final Translator tr;
    private final String practiceName;
    private final String baseUrl;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
                   TemporaryPasswords temporaryPasswords, CurrentUser currentUser, Clock clock,
                   org.springframework.security.core.session.SessionRegistry sessions, AuditLog audit,
                   PasswordPolicy passwordPolicy, SignInThrottle throttle, TwoFactorPolicy twoFactorPolicy,
                   SignedInName signedInName, WelcomeLetterRenderer letters, Translator tr,
                   @Value("${tether.practice-name:Tether practice}") String practiceName,
                   @Value("${tether.base-url:}") String baseUrl) {
        this.twoFactorPolicy = twoFactorPolicy;
        this.signedInName = signedInName;
        this.letters = letters;
        this.tr = tr;
        this.practiceName = practiceName;
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip();
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.temporaryPasswords = temporaryPasswords;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        var now = clock.instant();
        return accounts.findAllByOrderByRoleAscDisplayNameAsc().stream().map(a -> AccountSummary.of(a, now)).toList();
    }

    /**
     * Accounts whose name, username or contact email contains the text (the database's collation
     * ignores case and accents); all of them for blank text.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> searchAccounts(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return listAccounts();
        }
        var now = clock.instant();
        String pattern = "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return accounts.search(pattern).stream().map(a -> AccountSummary.of(a, now)).toList();
    }

    /** Active accounts of one role, for pickers (the admin's case form). */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountSummary> listActive(Role role) {
        return accounts.findByRoleAndActiveTrueOrderByDisplayNameAsc(role).stream().map(AccountSummary::of).toList();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    public CreatedAccount createAccount(NewAccount request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        var problems = new ValidationProblem.Collector();
        if (username.isEmpty()) {
            problems.add("username", "validation.username.required");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "validation.username.format");
        } else if (accounts.existsByUsername(username)) {
            problems.add("username", "validation.username.taken", username);
        }
        if (displayName.isEmpty()) {
            problems.add("displayName", "validation.name.required");
        } else if (displayName.length() > NAME_MAX) {
            problems.add("displayName", "validation.name.tooLong", NAME_MAX);
        }
        if (request.role() == null) {
            problems.add("role", "validation.role.required");
        }
        problems.throwIfAny();
        String password = temporaryPasswords.generate();
        try {
            Account account = new Account(username, displayName, request.role(), "", clock.instant());
            account.setTemporaryPassword(passwordEncoder.encode(password), temporaryExpiry());
            Account saved = accounts.saveAndFlush(account);
            audit.record(AuditEvent.of(AuditAction.ACCOUNT_CREATED, null, "ACCOUNT", saved.getId(),
                    "role:" + saved.getRole().name()));
            return new CreatedAccount(AccountSummary.of(saved), password);
        } catch (DataIntegrityViolationException e) {
            // Two admins took the same name at the same moment: the unique key decides.
            throw ValidationProblem.of("username", "validation.username.taken", username);
        }
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    public AccountSummary setActive(long accountId, boolean active) {
        Account account = load(accountId);
        if (!active && account.getId() == currentUser.require().accountId()) {
            throw ValidationProblem.of("active", "validation.account.cannotDeactivateSelf");
        }
        account.setActive(active);
        audit.record(AuditEvent.of(active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                null, "ACCOUNT", account.getId(), null));
        if (!active) {
            endSessionsOf(account);
        }
        return AccountSummary.of(account);
    }

    /**
     * The admin changes the name and the contact details of an account (their own too). A copy older
     * than the stored one is refused. Only the names of changed fields go into the audit trail.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    public AccountSummary updateAccount(long accountId, AccountEdit edit, long expectedVersion) {
        Account account = load(accountId);
        String displayName = edit.displayName() == null ? "" : edit.displayName().strip();
        String email = blankToNull(edit.email());
        String phone = blankToNull(edit.phone());
        var problems = new ValidationProblem.Collector();
        if (displayName.isEmpty()) {
            problems.add("displayName", "validation.name.required");
        } else if (displayName.length() > NAME_MAX) {
            problems.add("displayName", "validation.name.tooLong", NAME_MAX);
        }
        if (email != null && email.length() > EMAIL_MAX) {
            problems.add("email", "validation.email.tooLong", EMAIL_MAX);
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email", "validation.email.format");
        }
        if (phone != null && phone.length() > PHONE_MAX) {
            problems.add("phone", "validation.phone.tooLong", PHONE_MAX);
        } else if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            problems.add("phone", "validation.phone.format");
        }
        problems.throwIfAny();
        account.checkVersion(expectedVersion);
        var changed = new java.util.StringJoiner(",");
        if (!displayName.equals(account.getDisplayName())) {
            changed.add("displayName");
        }
        if (!java.util.Objects.equals(email, account.getContactEmail())) {
            changed.add("email");
        }
        if (!java.util.Objects.equals(phone, account.getContactPhone())) {
            changed.add("phone");
        }
        if (changed.length() == 0) {
            return AccountSummary.of(account, clock.instant());
        }
        boolean renamedSelf = !displayName.equals(account.getDisplayName())
                && account.getId() == currentUser.require().accountId();
        account.setDisplayName(displayName);
        account.setContact(email, phone);
        Account saved = accounts.saveAndFlush(account);
        audit.record(AuditEvent.of(AuditAction.ACCOUNT_CHANGED, null, "ACCOUNT", saved.getId(),
                "changed:" + changed));
        if (renamedSelf) {
            signedInName.renamed(displayName);
        }
        return AccountSummary.of(saved, clock.instant());
    }

    /**
     * The one-page welcome letter with the one-time password the admin was just shown (after creating
     * the account or resetting its password). The password must still be the account's temporary one;
     * it goes onto paper only, never into the audit trail. {@code requestUrl} is the address the admin
     * is using, printed unless {@code tether.base-url} names the practice's public address.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    public WelcomeLetterPdf welcomeLetter(long accountId, String temporaryPassword, String requestUrl) {
        Account account = load(accountId);
        var expires = account.getTemporaryPasswordExpiresAt();
        if (expires == null || !clock.instant().isBefore(expires) || temporaryPassword == null
                || !passwordEncoder.matches(temporaryPassword, account.getPasswordHash())) {
            throw ValidationProblem.of("letter", "validation.letter.passwordChanged");
        }
        var zone = clock.getZone();
        // In the new person's language (English until they choose one), worded and dated by the renderer.
        var reader = (account.getLanguage() == null ? app.tether.base.Language.ENGLISH : account.getLanguage()).locale();
        var letter = new WelcomeLetter(reader, practiceName, account.getDisplayName(), account.getUsername(),
                temporaryPassword, baseUrl.isEmpty() ? requestUrl : baseUrl, expires.atZone(zone),
                clock.instant().atZone(zone), twoFactorPolicy.secondStepNeeded(account));
        byte[] pdf = letters.render(letter);
        audit.record(AuditEvent.of(AuditAction.WELCOME_LETTER_PRINTED, null, "ACCOUNT", account.getId(), null));
        return new WelcomeLetterPdf("welcome-" + account.getUsername() + ".pdf", pdf);
    }

    /** Replaces the password with a new temporary one, returned once for the admin to pass on. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public String resetPassword(long accountId) {
        Account account = load(accountId);
        String password = temporaryPasswords.generate();
        account.setTemporaryPassword(passwordEncoder.encode(password), temporaryExpiry());
        audit.record(AuditEvent.of(AuditAction.PASSWORD_RESET, null, "ACCOUNT", account.getId(), null));
        endSessionsOf(account);
        return password;
    }

    private java.time.Instant temporaryExpiry() {
        return clock.instant().plus(TEMPORARY_PASSWORD_LIFETIME);
    }

    /** Whoever is signed in as this account is signed out at their next request. */
    private void endSessionsOf(Account account) {
        endSessionsOf(account, null);
    }

    private void endSessionsOf(Account account, String except) {
        sessions.getAllSessions(new TetherUser(account), false).stream()
                .filter(s -> !s.getSessionId().equals(except))
                .forEach(org.springframework.security.core.session.SessionInformation::expireNow);
    }

    /** The session of the request being served, if any: the one a password change keeps. */
    private static String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes instanceof org.springframework.web.context.request.ServletRequestAttributes s
                && s.getRequest().getSession(false) != null ? s.getRequest().getSession(false).getId() : null;
    }

    /** Whether the signed-in person still has a temporary password to replace. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(u -> accounts.findById(u.accountId()))
                .map(Account::isMustChangePassword).orElse(false);
    }

    /**
     * The signed-in person replaces their own password; the current one proves it is them. A wrong
     * one counts against the sign-in throttle, so a left-open session cannot be used to guess it.
     * Their other sessions end: a password change is often made because one may be known.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeOwnPassword(String current, String fresh, String repeat) {
        Account account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        String throttleKey = SignInThrottle.userKey(account.getUsername());
        throttle.blockedFor(throttleKey).ifPresent(wait -> {
            throw ValidationProblem.of("current", "validation.password.throttled", SignInThrottle.minutes(wait));
        });
        var problems = new ValidationProblem.Collector();
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throttle.recordFailure(throttleKey);
            problems.add("current", "validation.password.currentWrong");
        }
        var refusal = passwordPolicy.check(fresh, account.getUsername(), account.getDisplayName());
        if (refusal.isPresent()) {
            problems.add("fresh", refusal.get().messageKey(), refusal.get().args());
        } else if (current != null && fresh.equals(current)) {
            problems.add("fresh", "validation.password.same");
        }
        if (fresh != null && !fresh.equals(repeat)) {
            problems.add("repeat", "validation.password.repeat");
        }
        problems.throwIfAny();
        account.setOwnPassword(passwordEncoder.encode(fresh));
        throttle.clear(throttleKey);
        audit.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED, null, "ACCOUNT", account.getId(), null));
        endSessionsOf(account, currentSessionId());
    }

    /** The signed-in person's own language, empty while they follow the browser's. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<app.tether.base.Language> myLanguage() {
        return accounts.findById(currentUser.require().accountId()).map(Account::getLanguage);
    }

    /**
     * The signed-in person chooses the language of their screens (and of the papers made for them).
     * Only their own account: there is no account id to pass. Audited like other account changes.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeOwnLanguage(app.tether.base.Language language) {
        if (language == null) {
            throw ValidationProblem.of("language", "validation.language.required");
        }
        Account account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (language == account.getLanguage()) {
            return;
        }
        account.setLanguage(language);
        accounts.saveAndFlush(account);
        audit.record(AuditEvent.of(AuditAction.ACCOUNT_CHANGED, null, "ACCOUNT", account.getId(),
                "changed:language"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
    }
}
