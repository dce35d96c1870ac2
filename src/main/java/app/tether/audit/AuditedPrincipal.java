package app.tether.audit;

/** What the trail needs to know of a signed-in person; the security module's user implements it. */
public interface AuditedPrincipal {

    long accountId();

    String getUsername();

    /** The role's name, e.g. THERAPIST. */
    String roleName();
}
