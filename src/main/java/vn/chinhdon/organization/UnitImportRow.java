package vn.chinhdon.organization;

import java.time.LocalDate;

/** One unit of an import; the parent may be an existing unit or another row of the same import. */
public record UnitImportRow(String code, String name, String kind, String parentCode, LocalDate validFrom) {
}
