package vn.chinhdon.directives;

import java.time.LocalDate;
import java.util.List;

/** A document to register; {@code implementsIds}: the documents it implements (cụ thể hóa). */
public record NewDocument(String number, String issuerUnitCode, LocalDate issuedOn, String title, String signer,
        String body, boolean confidential, List<Long> implementsIds) {
}
