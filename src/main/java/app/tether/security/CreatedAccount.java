package app.tether.security;

/** A new account and its one-time temporary password, shown once to the admin. */
public record CreatedAccount(AccountSummary account, String temporaryPassword) {
}
