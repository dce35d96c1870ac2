package app.tether.security;

/**
 * What the admin screens and pickers show of an account: no password material. The contact
 * details are the practice's own; {@code version} is what an edit must name to be saved.
 */
public record AccountSummary(long id, String username, String displayName, Role role, boolean active,
                             boolean temporaryPasswordExpired, String email, String phone,
                             boolean twoFactorSetUp, boolean twoFactorRequired, long version) {

    static AccountSummary of(Account a) {
        return of(a, java.time.Instant.MIN);
    }

    static AccountSummary of(Account a, java.time.Instant now) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isActive(),
                a.isTemporaryPasswordExpired(now), a.getContactEmail(), a.getContactPhone(), a.hasTotp(),
                a.isTwoFactorRequired(), a.getVersion());
    }
}
