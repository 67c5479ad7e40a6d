package vn.chinhdon.directives;

import java.util.Objects;
import vn.chinhdon.shared.VietnameseText;

/**
 * One entry of the reference data of Party document numbers: an abbreviation as it is written in
 * the number ({@code "KH"}, {@code "QĐi"}, {@code "BTC"}) and its full name ({@code "Kế hoạch"}).
 *
 * <p>Both parts are stored in NFC with surrounding and repeated whitespace removed; neither may be
 * blank. The spelling of {@code code} (including its case, e.g. {@code "QĐi"}, {@code "ThU"}) is the
 * reference spelling that the parser returns.
 */
public record Abbreviation(String code, String name) {

    public Abbreviation {
        code = VietnameseText.clean(Objects.requireNonNull(code, "code"));
        name = VietnameseText.clean(Objects.requireNonNull(name, "name"));
        if (code.isEmpty()) {
            throw new IllegalArgumentException("Abbreviation code is blank");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Abbreviation name is blank: " + code);
        }
    }
}
