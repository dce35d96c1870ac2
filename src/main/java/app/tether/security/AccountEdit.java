package app.tether.security;

/** An admin's changes to an account: the name people see, and contact details for the practice's use. */
public record AccountEdit(String displayName, String email, String phone) {
}
