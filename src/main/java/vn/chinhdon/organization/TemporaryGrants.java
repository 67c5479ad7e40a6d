package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Grants a user holds for a while because of a record of another module, not because an administrator gave
 * them: a delegation member reads the targets of an inspection only while it runs. {@link AccessControl} adds
 * them to the user's own grants on every request; the module that owns the record implements this.
 */
public interface TemporaryGrants {

    /** The grants the user (and the member their account is linked to, if any) holds on the date. */
    List<TemporaryGrant> of(long userId, LocalDate on);

    /**
     * Read access to a unit's subtree (units and members: {@code memberId} null) or to one member only
     * ({@code memberId} set; {@code unitId} is then ignored), with the reason shown to the user.
     */
    record TemporaryGrant(long unitId, Long memberId, String reason) {
    }
}
