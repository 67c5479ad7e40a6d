package vn.chinhdon.dataset;

import java.util.Locale;

/**
 * How much to generate. Grassroots organizations and cells follow the members at the national ratios
 * (about 5.5 million members in about 55,000 grassroots organizations and 280,000 cells): one grassroots
 * organization per 100 members, 45% of them committees with on average 11.5 subordinate cells.
 */
public enum Scale {
    /** A few hundred members under the given communes (tests). */
    TINY(300, 40),
    /** The communes of one province (default T40 Nghệ An), about 300,000 members. */
    PROVINCE(300_000, 10_000),
    /** The 3,321 communes of the 34 provinces, about 5.5 million members. */
    NATIONAL(5_500_000, 100_000);

    final int members;
    final int documents;

    Scale(int members, int documents) {
        this.members = members;
        this.documents = documents;
    }

    static Scale parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
