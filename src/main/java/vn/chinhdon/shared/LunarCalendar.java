package vn.chinhdon.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomical new moons and solar terms for a
 * time zone (Vietnam: UTC+7; China's calendar is the same rule at UTC+8, which is why the two differ in
 * some years, e.g. Tết 1985).
 *
 * <p>The rules: a month begins on the local day of a new moon; the month containing the winter solstice
 * (the Sun's apparent longitude reaching 270°) is month 11; when 13 months lie between two months 11, the
 * first of them after month 11 that contains no major solar term (a multiple of 30° of the Sun's longitude)
 * is a leap month and repeats the number of the month before it.
 *
 * <p>Astronomy from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): chapter 49 (true new moons,
 * with the periodic and planetary corrections), chapter 25 (the Sun's apparent longitude, low accuracy,
 * about 0.01°), chapter 7 (Julian days); ΔT (TT − UT) by the polynomials of Espenak and Meeus (NASA, 2006).
 * Good to the day for 1900–2100 except when an event falls within minutes of local midnight.
 */
public final class LunarCalendar {

    /** Vietnam's calendar: UTC+7. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);

    private static final double SYNODIC_MONTH = 29.530588861;
    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JDN = 2440588;

    private final double zoneHours;

    public LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    /** A lunar date: year, month (1–12), day (1–30), whether the month is a leap month (tháng nhuận). */
    public record LunarDate(int year, int month, int day, boolean leap) {
    }

    /** The lunar date of a solar (Gregorian) date. */
    public LunarDate toLunar(LocalDate date) {
        long jdn = jdn(date);
        long k11 = month11(date.getYear());
        if (newMoonDay(k11) > jdn) {
            k11 = month11(date.getYear() - 1);
        }
        int startYear = solarYear(newMoonDay(k11));
        for (Month m : months(k11)) {
            if (newMoonDay(m.k) <= jdn && jdn < newMoonDay(m.k + 1)) {
                int year = m.number >= 11 ? startYear : startYear + 1;
                return new LunarDate(year, m.number, (int) (jdn - newMoonDay(m.k)) + 1, m.leap);
            }
        }
        throw new IllegalStateException("no lunar month found for " + date);
    }

    /** The solar date of a lunar date; a leap month that does not exist in that year is refused. */
    public LocalDate toSolar(int year, int month, int day, boolean leap) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("not a lunar date: " + day + "/" + month + "/" + year);
        }
        // months 11 and 12 of lunar year Y follow the month 11 of solar year Y; months 1–10 precede it
        long k11 = month11(month >= 11 ? year : year - 1);
        for (Month m : months(k11)) {
            if (m.number == month && m.leap == leap) {
                long start = newMoonDay(m.k);
                if (day > newMoonDay(m.k + 1) - start) {
                    throw new IllegalArgumentException("month " + month + " of " + year + " has no day " + day);
                }
                return date(start + day - 1);
            }
        }
        throw new IllegalArgumentException("no " + (leap ? "leap " : "") + "month " + month + " in lunar year " + year);
    }

    /** The first day of the lunar year (mùng 1 Tết). */
    public LocalDate newYear(int year) {
        return toSolar(year, 1, 1, false);
    }

    /** The leap month of the lunar year, or 0 if the year has none. */
    public int leapMonth(int year) {
        for (Month m : months(month11(year - 1))) {
            if (m.leap && m.number <= 10) {
                return m.number;
            }
        }
        for (Month m : months(month11(year))) {
            if (m.leap && m.number >= 11) {
                return m.number;
            }
        }
        return 0;
    }

    private record Month(long k, int number, boolean leap) {
    }

    /** The months from the month 11 starting with lunation k11 up to (not including) the next month 11. */
    private List<Month> months(long k11) {
        long next = month11(solarYear(newMoonDay(k11)) + 1);
        int count = (int) (next - k11);
        List<Month> out = new ArrayList<>(count);
        int leapIndex = -1;
        if (count == 13) {
            for (int i = 1; i < count; i++) {
                if (!hasMajorTerm(k11 + i)) {
                    leapIndex = i;
                    break;
                }
            }
        }
        int number = 11;
        for (int i = 0; i < count; i++) {
            boolean leap = i == leapIndex;
            if (i > 0 && !leap) {
                number = number % 12 + 1;
            }
            out.add(new Month(k11 + i, number, leap));
        }
        return out;
    }

    /** The lunation (Meeus' k) whose month contains the winter solstice of the solar year. */
    private long month11(int solarYear) {
        long solsticeDay = localDay(solsticeUt(solarYear));
        long k = Math.round((solsticeDay - 2451550.1) / SYNODIC_MONTH);
        while (newMoonDay(k) > solsticeDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= solsticeDay) {
            k++;
        }
        return k;
    }

    /** Whether the Sun's longitude passes a multiple of 30° during the local days of month k. */
    private boolean hasMajorTerm(long k) {
        double atStart = sunLongitude(ttOf(localMidnightUt(newMoonDay(k))));
        double atEnd = sunLongitude(ttOf(localMidnightUt(newMoonDay(k + 1))));
        return Math.floor(atStart / 30) != Math.floor(atEnd / 30);
    }

    /** The local day (Julian day number) of new moon k (k = 0: January 2000). */
    long newMoonDay(long k) {
        double jde = newMoonTt(k);
        return localDay(jde - deltaT(jde) / 86400.0);
    }

    private long localDay(double jdUt) {
        return (long) Math.floor(jdUt + 0.5 + zoneHours / 24.0);
    }

    private double localMidnightUt(long jdn) {
        return jdn - 0.5 - zoneHours / 24.0;
    }

    /** The winter solstice (apparent longitude 270°) of the year, as a Julian day in UT. */
    private double solsticeUt(int year) {
        double jde = jdn(LocalDate.of(year, 12, 21)) + 0.0;
        for (int i = 0; i < 20; i++) {
            double delta = 58 * Math.sin(Math.toRadians(270 - sunLongitude(jde)));
            jde += delta;
            if (Math.abs(delta) < 1e-6) {
                break;
            }
        }
        return jde - deltaT(jde) / 86400.0;
    }

    private static double ttOf(double jdUt) {
        return jdUt + deltaT(jdUt) / 86400.0;
    }

    /** Meeus ch. 49: the true new moon k as a Julian ephemeris day (TT). */
    static double newMoonTt(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        // planetary arguments
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            a += planetary[i][2] * Math.sin(rad(arg));
        }
        return jde + c + a;
    }

    /** Meeus ch. 25 (low accuracy): the Sun's apparent longitude in degrees [0, 360) at a Julian day (TT). */
    static double sunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        lambda %= 360;
        return lambda < 0 ? lambda + 360 : lambda;
    }

    /** ΔT = TT − UT in seconds (Espenak and Meeus' polynomials), for the year of a Julian day. */
    static double deltaT(double jd) {
        double y = 2000 + (jd - 2451544.5) / 365.2425;
        double t;
        if (y < 1900) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        } else if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        } else if (y < 2050) {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        } else if (y < 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }

    static long jdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    static LocalDate date(long jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }

    private static int solarYear(long jdn) {
        return date(jdn).getYear();
    }
}
