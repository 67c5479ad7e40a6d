package vn.chinhdon.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chinhdon.platform.ValidationException;

/** What a restructuring would change; {@code problems} empty means it can be applied. */
public record RestructuringPreview(LocalDate effectiveDate, String decision, int operations, Map<String, Integer> counts,
        long membersMoved, long membersToConfirm, List<Change> changes,
        List<ValidationException.Problem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** One unit's change: CREATED, CONTINUED, ENDED, RENAMED, MOVED, KIND_CHANGED. */
    public record Change(String type, String code, String name, String detail) {
    }
}
