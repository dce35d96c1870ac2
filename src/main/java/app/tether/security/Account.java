package app.tether.security;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "temporary_password_expires_at")
    private Instant temporaryPasswordExpiresAt;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "totp_failures", nullable = false)
    private int totpFailures;

    @Column(name = "two_factor_required", nullable = false)
    private boolean twoFactorRequired;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    /** A {@link app.tether.base.Language} tag; null until the person picks one (V024). */
    @Column(length = 16)
    private String language;

    protected Account() {
    }

    Account(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** The person's chosen language, or null when they have not picked one. */
    public app.tether.base.Language getLanguage() {
        return language == null ? null : app.tether.base.Language.ofTag(language);
    }

    public void setLanguage(app.tether.base.Language language) {
        this.language = language == null ? null : language.tag();
    }

    public String getContactPhone() {
        return contactPhone;
    }

    void setContact(String email, String phone) {
        this.contactEmail = email;
        this.contactPhone = phone;
    }

    public Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A password the admin generated: usable to sign in until it expires, then it must be replaced. */
    void setTemporaryPassword(String hash, Instant expiresAt) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.temporaryPasswordExpiresAt = expiresAt;
    }

    /** When the admin's temporary password stops working; null once the person chose their own. */
    java.time.Instant getTemporaryPasswordExpiresAt() {
        return mustChangePassword ? temporaryPasswordExpiresAt : null;
    }

    /** Whether the password is an admin's temporary one whose time is up. */
    boolean isTemporaryPasswordExpired(Instant now) {
        return mustChangePassword && temporaryPasswordExpiresAt != null && !now.isBefore(temporaryPasswordExpiresAt);
    }

    /** A password the person chose themselves. */
    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        this.temporaryPasswordExpiresAt = null;
    }

    boolean hasTotp() {
        return totpSecret != null;
    }

    /** Encrypted; see TotpSecrets. */
    String getTotpSecret() {
        return totpSecret;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    int getTotpFailures() {
        return totpFailures;
    }

    boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    void setTwoFactorRequired(boolean required) {
        this.twoFactorRequired = required;
    }

    void enrolTotp(String encryptedSecret, long acceptedStep, Instant at) {
        this.totpSecret = encryptedSecret;
        this.totpLastStep = acceptedStep;
        this.totpEnabledAt = at;
        this.totpFailures = 0;
    }

    void removeTotp() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = 0;
        this.totpFailures = 0;
    }

    /** A code for this step was accepted: earlier and equal steps are refused from now on. */
    void totpAccepted(long step) {
        this.totpLastStep = Math.max(totpLastStep, step);
        this.totpFailures = 0;
    }

    void codeFailed() {
        this.totpFailures++;
    }

    void codeSucceeded() {
        this.totpFailures = 0;
    }
}
