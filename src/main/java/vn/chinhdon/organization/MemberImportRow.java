package vn.chinhdon.organization;

/** One member of an import, as typed: dates as yyyy-MM-dd or dd/MM/yyyy. */
public record MemberImportRow(String cardNumber, String fullName, String gender, String birthDate,
        String admissionDate, String officialDate, String unitCode, String status) {
}
