package vn.chinhdon.organization;

import java.util.List;

/** A user account with its grants. */
public record UserView(long id, String username, String displayName, boolean enabled, Long memberId,
        List<GrantView> grants, long version) {

    /** A grant: a role over a unit (null for ADMIN). */
    public record GrantView(Role role, String unitCode, String unitName) {
    }
}
