package app.tether.security;

/** What the admin screens and pickers show of an account: no password material. */
public record AccountSummary(long id, String username, String displayName, Role role, boolean active) {

    static AccountSummary of(Account a) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isActive());
    }
}
