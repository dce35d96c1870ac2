package app.tether.security;

/** An admin's request to create an account; a temporary password is generated. */
public record NewAccount(String username, String displayName, Role role) {
}
