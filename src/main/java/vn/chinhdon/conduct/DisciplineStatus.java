package vn.chinhdon.conduct;

/** A discipline decision on a date: in force, lapsed (khoản 5 Điều 2, 69-QĐ/TW), or annulled on a complaint. */
public enum DisciplineStatus {
    IN_FORCE, LAPSED, ANNULLED;

    public String messageKey() {
        return "conduct.discipline.status." + name();
    }
}
