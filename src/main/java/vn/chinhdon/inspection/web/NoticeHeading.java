package vn.chinhdon.inspection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.chinhdon.inspection.InspectionBody;

/**
 * The heading of a conclusion notice in the Party form (Hướng dẫn 36-HD/VPTW): the issuing committee named as
 * Party documents name it ("Đảng bộ tỉnh Long An" → "TỈNH ỦY LONG AN", "Đảng bộ xã Mỹ Yên" → "ĐẢNG ỦY XÃ MỸ
 * YÊN"), the body below it for an inspection commission, the place and date line ("Long An, ngày 05 tháng 12
 * năm 2026") and who signs on behalf of whom ("T/M BAN THƯỜNG VỤ", "T/M ỦY BAN KIỂM TRA").
 */
record NoticeHeading(String committee, String body, String placeAndDate, String onBehalfOf) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Unit name prefixes and the committee each names: "Đảng bộ tỉnh" → "Tỉnh ủy". */
    private static final List<String[]> COMMITTEES = List.of(
            new String[] {"Đảng bộ tỉnh ", "Tỉnh ủy "},
            new String[] {"Đảng bộ thành phố ", "Thành ủy "},
            new String[] {"Đảng bộ huyện ", "Huyện ủy "},
            new String[] {"Đảng bộ quận ", "Quận ủy "},
            new String[] {"Đảng bộ thị xã ", "Thị ủy "},
            new String[] {"Đảng bộ ", "Đảng ủy "});

    /** Prefixes left out of the place: "Đảng bộ tỉnh Long An" → "Long An". */
    private static final List<String> PLACE_PREFIXES = List.of("Đảng bộ tỉnh ", "Đảng bộ thành phố ", "Đảng bộ huyện ",
            "Đảng bộ quận ", "Đảng bộ thị xã ", "Đảng bộ thị trấn ", "Đảng bộ phường ", "Đảng bộ xã ", "Đảng bộ ",
            "Chi bộ ");

    static NoticeHeading of(String unitName, InspectionBody body, LocalDate date) {
        String committee = committeeName(unitName).toUpperCase(VI);
        String place = place(unitName);
        String line = (place.isEmpty() ? "" : place + ", ") + "ngày " + two(date.getDayOfMonth()) + " tháng "
                + two(date.getMonthValue()) + " năm " + date.getYear();
        String onBehalf = body == InspectionBody.COMMISSION ? "T/M ỦY BAN KIỂM TRA"
                : unitName.startsWith("Chi bộ") ? "T/M CHI BỘ" : "T/M BAN THƯỜNG VỤ";
        return new NoticeHeading(committee, body == InspectionBody.COMMISSION ? "ỦY BAN KIỂM TRA" : null, line, onBehalf);
    }

    static String committeeName(String unitName) {
        for (String[] c : COMMITTEES) {
            if (unitName.startsWith(c[0]) && unitName.length() > c[0].length()) {
                return c[1] + unitName.substring(c[0].length());
            }
        }
        return unitName;
    }

    static String place(String unitName) {
        for (String p : PLACE_PREFIXES) {
            if (unitName.startsWith(p) && unitName.length() > p.length()) {
                return unitName.substring(p.length());
            }
        }
        return unitName;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
