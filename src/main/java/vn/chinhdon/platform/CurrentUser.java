package vn.chinhdon.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated person (or the system itself while it seeds demo data or runs a command).
 * Grants are not kept here: they are read fresh by the organization module on every check.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    public static final String SYSTEM = "system";

    private final long userId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final boolean system;

    public CurrentUser(long userId, String username, String passwordHash, String displayName, boolean enabled) {
        this(userId, username, passwordHash, displayName, enabled, false);
    }

    private CurrentUser(long userId, String username, String passwordHash, String displayName, boolean enabled,
            boolean system) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = enabled;
        this.system = system;
    }

    public static CurrentUser system() {
        return new CurrentUser(0L, SYSTEM, null, "Hệ thống", true, true);
    }

    /** The caller of the current request or job, if any. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The caller, or a failure that the web layer turns into 401. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                "No authenticated user"));
    }

    /** Runs work as the system (demo data, commands, scheduled jobs), restoring the previous caller. */
    public static void runAsSystem(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        CurrentUser system = system();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isSystem() {
        return system;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
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
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.userId == userId && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId) * 31 + username.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
