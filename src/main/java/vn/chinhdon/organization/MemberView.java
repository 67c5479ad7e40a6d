package vn.chinhdon.organization;

import java.time.LocalDate;

/** A member as listed: the unit is the one they belonged to on the date asked. */
public record MemberView(long id, String cardNumber, String fullName, Gender gender, LocalDate birthDate,
        LocalDate admissionDate, LocalDate officialDate, MemberStatus status, String unitCode, String unitName,
        boolean provisional, long version) {
}
