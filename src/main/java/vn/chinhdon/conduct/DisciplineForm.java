package vn.chinhdon.conduct;

import java.util.EnumSet;
import java.util.Set;

/**
 * The forms of Party discipline (Điều 7, Quy định 69-QĐ/TW): for a member khiển trách, cảnh cáo, cách chức (only a
 * member who holds a post), khai trừ — a probationary member only the first two; for a party organization khiển trách,
 * cảnh cáo, giải tán.
 */
public enum DisciplineForm {
    REPRIMAND("Khiển trách"),
    WARNING("Cảnh cáo"),
    DISMISSAL("Cách chức"),
    EXPULSION("Khai trừ"),
    DISSOLUTION("Giải tán");

    private static final Set<DisciplineForm> MEMBER = EnumSet.of(REPRIMAND, WARNING, DISMISSAL, EXPULSION);
    private static final Set<DisciplineForm> PROBATIONARY = EnumSet.of(REPRIMAND, WARNING);
    private static final Set<DisciplineForm> ORGANIZATION = EnumSet.of(REPRIMAND, WARNING, DISSOLUTION);

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the form, as the regulation words it. */
    public String label() {
        return label;
    }

    public boolean forMember() {
        return MEMBER.contains(this);
    }

    public boolean forProbationaryMember() {
        return PROBATIONARY.contains(this);
    }

    public boolean forOrganization() {
        return ORGANIZATION.contains(this);
    }

    /** Expulsion and dissolution never lapse (khoản 5 Điều 2). */
    public boolean lapses() {
        return this != EXPULSION && this != DISSOLUTION;
    }

    public String messageKey() {
        return "conduct.discipline.form." + name();
    }
}
