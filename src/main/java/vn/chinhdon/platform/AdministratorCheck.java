package vn.chinhdon.platform;

/**
 * Whether the caller administers the system. Grants live in the organization module, which provides the
 * implementation; platform's own administrative use cases (the working-day calendar) ask through this
 * interface, as security asks for a {@code UserDetailsService}, without depending on that module.
 */
public interface AdministratorCheck {

    /** Refuses ({@link ForbiddenException}) unless the caller is an administrator or the system. */
    void requireAdministrator();
}
