package app.tether.security;

/** Role names as constants for {@code @RolesAllowed} on views and services. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    public static final String CLIENT = "CLIENT";

    // For @PreAuthorize on services. Views use @RolesAllowed, which Vaadin reads; services use
    // @PreAuthorize so Spring does not proxy the views themselves.
    public static final String HAS_ADMIN = "hasRole('ADMIN')";
    public static final String HAS_THERAPIST = "hasRole('THERAPIST')";
    public static final String HAS_CLIENT = "hasRole('CLIENT')";
    public static final String HAS_THERAPIST_OR_CLIENT = "hasAnyRole('THERAPIST', 'CLIENT')";

    // Signed in with every step done: the password and, where it applies, the code.
    public static final String SIGNED_IN = "isAuthenticated() and !hasAuthority('" + TetherUser.SECOND_STEP_PENDING + "')";

    private Roles() {
    }
}
