package app.tether.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them. The hash is erased after sign-in. */
public final class TetherUser implements UserDetails, CredentialsContainer, app.tether.audit.AuditedPrincipal {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private final boolean credentialsNonExpired;
    private final boolean secondStepPending;
    private String passwordHash;

    /**
     * The only authority of someone who gave the password but not yet the code: no role, so no
     * view with @RolesAllowed opens and no service's hasRole(...) lets them in.
     */
    public static final String SECOND_STEP_PENDING = "TWO_FACTOR_PENDING";

    /** As a key for the session registry (equality is by account). */
    TetherUser(Account account) {
        this(account, java.time.Instant.MIN, false);
    }

    /**
     * For sign-in: an expired temporary password counts as expired credentials; a pending second
     * step gives only the partial authority.
     */
    TetherUser(Account account, java.time.Instant now, boolean secondStepPending) {
        this.credentialsNonExpired = !account.isTemporaryPasswordExpired(now);
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.active = account.isActive();
        this.secondStepPending = secondStepPending;
        this.passwordHash = account.getPasswordHash();
    }

    private TetherUser(TetherUser pending, String displayName, boolean secondStepPending) {
        this.accountId = pending.accountId;
        this.username = pending.username;
        this.displayName = displayName;
        this.role = pending.role;
        this.active = pending.active;
        this.credentialsNonExpired = pending.credentialsNonExpired;
        this.secondStepPending = secondStepPending;
    }

    /** The same person once the second step is done. */
    TetherUser withSecondStepDone() {
        return new TetherUser(this, displayName, false);
    }

    /** The same person under the name they were just given. */
    TetherUser withDisplayName(String name) {
        return new TetherUser(this, name, secondStepPending);
    }

    public boolean secondStepPending() {
        return secondStepPending;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public String roleName() {
        return role.name();
    }

    public boolean is(Role r) {
        return role == r;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(secondStepPending ? SECOND_STEP_PENDING : role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return credentialsNonExpired;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // The session registry finds a person's sessions by principal: one account, one identity.
    @Override
    public boolean equals(Object o) {
        return o instanceof TetherUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
