package app.tether.security;

/** Role names as constants for {@code @RolesAllowed} on views and services. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }
}
