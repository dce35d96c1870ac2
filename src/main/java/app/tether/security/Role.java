package app.tether.security;

/** The three kinds of account. Annotation-friendly names are in {@link Roles}. */
public enum Role {
    ADMIN,
    THERAPIST,
    CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
