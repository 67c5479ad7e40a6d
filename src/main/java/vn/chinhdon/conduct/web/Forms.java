package vn.chinhdon.conduct.web;

import vn.chinhdon.conduct.DisciplineForm;
import vn.chinhdon.conduct.DisciplineQueries;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.shared.EnumValues;

/** A discipline list's filter as typed: an unknown form is a 422; empty means any. */
final class Forms {

    private Forms() {
    }

    static DisciplineQueries.Filter filter(Integer year, String form) {
        DisciplineForm f = null;
        if (form != null && !form.isBlank()) {
            f = EnumValues.parse(DisciplineForm.class, form);
            if (f == null) {
                throw ValidationException.of("form", "error.discipline.form", form.trim());
            }
        }
        return new DisciplineQueries.Filter(year, f);
    }
}
