package vn.chinhdon.directives;

import java.time.LocalDate;

/** A search result: {@code snippetHtml} is escaped text with the matched words in {@code <mark>}. */
public record DocumentHit(long id, String number, String title, String issuerUnitName, LocalDate issuedOn,
        boolean confidential, double rank, String snippetHtml) {
}
