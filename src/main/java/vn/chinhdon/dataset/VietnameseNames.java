package vn.chinhdon.dataset;

import java.util.SplittableRandom;

/**
 * Vietnamese people's and places' names for generated data. Family names follow their approximate share
 * of the population (Nguyễn about 38%, Trần 11%, Lê 9.5%, ...); middle and given names differ by gender.
 * Every string is NFC (the source file is UTF-8 NFC).
 */
final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Lương", "Cao", "Tạ",
            "Hà", "Lưu", "Chu", "Thái", "Tô", "Quách", "Lò", "Vi", "Nông", "Triệu", "Kiều", "Lâm"};
    /** Per mille, same order as {@link #FAMILY}; the rest of 1000 is spread evenly. */
    private static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 31, 20, 45, 22, 17, 21, 20, 14, 13, 13, 10, 5, 8,
            7, 7, 6, 6, 6, 4, 5, 4, 3, 4, 4, 3, 3, 2, 3, 3, 2, 3};
    private static final int[] FAMILY_CUMULATIVE = cumulative(FAMILY_WEIGHT);

    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công",
            "Xuân", "Đình", "Ngọc", "Trọng", "Quang", "Mạnh", "Anh", "Bá", "Duy", "Tiến", "Việt", "Hồng", "Kim", "Thế",
            "Tuấn", "Huy", "Trung", "Nhật", "Gia", "Phúc", "Thành"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Hồng", "Thanh", "Kim",
            "Mỹ", "Thùy", "Phương", "Minh", "Bích", "Diệu", "Hải", "Khánh", "Lan", "Mai", "Như", "Quỳnh", "Thúy",
            "Tuyết", "Vân", "Xuân", "Ánh", "Bảo", "Cẩm", "Hoài", "Kiều"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh",
            "Long", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Anh", "Bảo",
            "Chiến", "Công", "Định", "Đông", "Đức", "Giang", "Hà", "Hạnh", "Hào", "Hậu", "Hiển", "Hòa", "Hoàng", "Huy",
            "Hưng", "Khải", "Khoa", "Kiên", "Lâm", "Lực", "Mạnh", "Nghĩa", "Ngọc", "Nhân", "Phong", "Phú", "Phương",
            "Quang", "Quý", "Sáng", "Tài", "Tâm", "Tân", "Thái", "Thành", "Thịnh", "Thuận", "Tiến", "Toàn", "Trí",
            "Trọng", "Tú", "Tùng", "Vũ", "Xuân", "Lộc", "Luân", "Lợi", "Hiệp", "Khang", "Kỳ", "Nhật", "Quyết", "Sỹ",
            "Thông", "Tín", "Trường", "Văn"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
            "Mai", "Nga", "Nhung", "Phương", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Ánh", "Bích", "Chi", "Diệp",
            "Dung", "Duyên", "Điệp", "Gấm", "Hằng", "Hiền", "Hòa", "Hồng", "Huệ", "Huyền", "Khánh", "Lài", "Liên",
            "Loan", "Lụa", "Lý", "Minh", "My", "Ngân", "Ngọc", "Nguyệt", "Nhàn", "Nhi", "Oanh", "Phượng", "Quyên",
            "Quỳnh", "Sen", "Tuyết", "Thanh", "Thơ", "Thu", "Thúy", "Thư", "Trâm", "Trinh", "Tú", "Uyên", "Vy", "Xuân",
            "Hậu", "Hải", "Dịu", "Đào", "Lệ", "Mận", "Nhạn", "Quế", "Son", "Tươi", "Vui", "Xoan", "Yên", "Ly", "Kiều",
            "Ngà", "Nương"};

    /** Names of villages, hamlets and neighbourhoods (thôn, xóm, ấp, bản, tổ dân phố). */
    static final String[] PLACES = {"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "An Lạc", "Phú Thọ",
            "Tân Lập", "Hòa Bình", "Thắng Lợi", "Quyết Tiến", "Đoàn Kết", "Hưng Thịnh", "Phú Mỹ", "Tân Tiến", "Đồng Tâm",
            "Thống Nhất", "Yên Thịnh", "Bình An", "Phúc Lộc", "Trung Hòa", "Xuân Phong", "Văn Hội", "Kim Liên",
            "Nam Sơn", "Đông Hải", "Tây Hồ", "Cẩm Thạch", "Vĩnh Phúc", "Mỹ Hòa", "Long Thạnh", "Tân Hiệp", "Bình Đông",
            "Nhơn Cầu", "Cống Cả", "Rạch Dừa", "Tràm Trổi", "Trà Phô", "Cây Gáo", "Phú Lợi", "Tiền Phong", "Hồng Quang",
            "Lam Sơn", "Quang Trung", "Lê Lợi", "Trần Phú", "Minh Khai", "Hùng Vương", "Đại Đồng", "Tân Phong",
            "Thanh Xuân", "Hải Thành", "Sơn Hà", "Khe Sanh", "Nà Hang", "Bản Vẽ", "Pác Bó", "Cồn Thoi"};

    private VietnameseNames() {
    }

    private static int[] cumulative(int[] weights) {
        int[] c = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    static String family(SplittableRandom random) {
        int r = random.nextInt(FAMILY_CUMULATIVE[FAMILY_CUMULATIVE.length - 1]);
        for (int i = 0; i < FAMILY_CUMULATIVE.length; i++) {
            if (r < FAMILY_CUMULATIVE[i]) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    /** Family, middle and given name ("Nguyễn Thị Hương"), sometimes with a second middle name. */
    static String person(SplittableRandom random, boolean female, boolean twoMiddleNames) {
        String[] middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        String[] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        StringBuilder sb = new StringBuilder(32).append(family(random)).append(' ')
                .append(middle[random.nextInt(middle.length)]);
        if (twoMiddleNames) {
            String second = middle[random.nextInt(middle.length)];
            sb.append(' ').append(second.equals("Thị") || second.equals("Văn") ? "Minh" : second);
        }
        return sb.append(' ').append(given[random.nextInt(given.length)]).toString();
    }

    static String place(SplittableRandom random) {
        return PLACES[random.nextInt(PLACES.length)];
    }
}
