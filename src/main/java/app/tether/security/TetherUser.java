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
    private String passwordHash;

    /** As a key for the session registry (equality is by account). */
    TetherUser(Account account) {
        this(account, java.time.Instant.MIN);
    }

    /** For sign-in: an expired temporary password counts as expired credentials. */
    TetherUser(Account account, java.time.Instant now) {
        this.credentialsNonExpired = !account.isTemporaryPasswordExpired(now);
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.active = account.isActive();
        this.passwordHash = account.getPasswordHash();
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
        return List.of(new SimpleGrantedAuthority(role.authority()));
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
