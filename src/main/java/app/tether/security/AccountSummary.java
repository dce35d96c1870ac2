package app.tether.security;

/** What the admin screens and pickers show of an account: no password material. */
public record AccountSummary(long id, String username, String displayName, Role role, boolean active,
                             boolean temporaryPasswordExpired) {

    static AccountSummary of(Account a) {
        return of(a, java.time.Instant.MIN);
    }

    static AccountSummary of(Account a, java.time.Instant now) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isActive(),
                a.isTemporaryPasswordExpired(now));
    }
}
