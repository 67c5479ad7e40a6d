package vn.chinhdon.platform;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chinhdon.shared.LunarCalendar;
import vn.chinhdon.shared.VietnameseText;

/**
 * Vietnam's working days, for every deadline counted in working days (ngày làm việc): Saturdays and
 * Sundays off; the public holidays of the Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), art. 112 —
 * Tết Dương lịch (1 January), Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương (10/3 lunar), Chiến thắng (30 April),
 * Quốc tế lao động (1 May), Quốc khánh (2 September and one adjacent day); a holiday on a weekend gives a
 * compensatory day off on the next working day (art. 112 cl. 3); and the Government's yearly declarations,
 * kept as overrides (extra days off, swapped working days) that an administrator edits.
 *
 * <p>Configurable because the Code leaves them to the Prime Minister's yearly decision: how the 5 Tết days
 * are placed ({@code chinhdon.calendar.tet-days-before}, default 1: the last day of the lunar year, and
 * {@code tet-days-from-new-year}, default 4: mùng 1 to mùng 4), and whether the day adjacent to 2 September
 * is the 1st or the 3rd ({@code national-day-adjacent}, default BEFORE, with per-year exceptions in
 * {@code national-day-adjacent-years}, default {@code 2021:AFTER,2024:AFTER}). Lunar dates are computed
 * for UTC+7 ({@link LunarCalendar#VIETNAM}).
 */
@Service
public class WorkingDays {

    /** Why a day is (not) a working day. */
    public enum Kind {
        WORKING, WEEKEND, HOLIDAY, COMPENSATORY,
        /** A day off declared on top of the Code (override). */
        DAY_OFF,
        /** A weekend or holiday declared a working day (override, e.g. a swapped Saturday). */
        WORKING_DAY
    }

    /** The statutory holidays. */
    public enum Holiday {
        NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR, NATIONAL_DAY
    }

    /**
     * A day of the calendar: whether people work, why, the holiday it is (or compensates for), and the
     * reason given for an override.
     */
    public record Day(LocalDate date, boolean working, Kind kind, Holiday holiday, String reason) {
    }

    /** A declared override. */
    public record Override(LocalDate date, Kind kind, String reason, long version, OffsetDateTime updatedAt,
            String updatedBy) {
    }

    /** The years the calendar is computed for (the astronomy is checked for them). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AdministratorCheck administrators;
    private final Clock clock;
    private final LunarCalendar lunar = LunarCalendar.VIETNAM;
    private final int tetBefore;
    private final int tetFrom;
    private final boolean nationalDayBefore;
    private final Map<Integer, Boolean> nationalDayBeforeByYear = new HashMap<>();
    private final Map<Integer, Map<LocalDate, Day>> statutory = new ConcurrentHashMap<>();

    WorkingDays(JdbcClient jdbc, AuditLog audit, AdministratorCheck administrators, Clock clock,
            @Value("${chinhdon.calendar.tet-days-before:1}") int tetBefore,
            @Value("${chinhdon.calendar.tet-days-from-new-year:4}") int tetFrom,
            @Value("${chinhdon.calendar.national-day-adjacent:BEFORE}") String nationalDayAdjacent,
            @Value("${chinhdon.calendar.national-day-adjacent-years:2021:AFTER,2024:AFTER}") String byYear) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.administrators = administrators;
        this.clock = clock;
        if (tetBefore < 0 || tetFrom < 1 || tetBefore + tetFrom > 10) {
            throw new IllegalArgumentException("chinhdon.calendar: Tết span " + tetBefore + " + " + tetFrom);
        }
        this.tetBefore = tetBefore;
        this.tetFrom = tetFrom;
        this.nationalDayBefore = parseSide(nationalDayAdjacent);
        for (String entry : byYear.split(",")) {
            if (!entry.isBlank()) {
                String[] parts = entry.trim().split(":");
                nationalDayBeforeByYear.put(Integer.parseInt(parts[0].trim()), parseSide(parts[1]));
            }
        }
    }

    private static boolean parseSide(String value) {
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "BEFORE" -> true;
            case "AFTER" -> false;
            default -> throw new IllegalArgumentException("chinhdon.calendar: BEFORE or AFTER, not " + value);
        };
    }

    // ---- queries ----

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** The day with its reason. */
    @Transactional(readOnly = true)
    public Day day(LocalDate date) {
        return new Window(date, date).day(date);
    }

    /**
     * The n-th working day after {@code date} (before it for negative n); {@code date} itself for 0. A
     * deadline of "10 working days from the 3rd" is {@code plusWorkingDays(3rd, 10)}.
     */
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate d = date;
        Window w = new Window(date, date.plusDays(step * (remaining * 2L + 40)));
        while (remaining > 0) {
            d = d.plusDays(step);
            if (!w.covers(d)) {
                w = new Window(d, d.plusDays(step * (remaining * 2L + 40)));
            }
            if (w.day(d).working()) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (negative if {@code to} is before
     * {@code from}): {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n}.
     */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        Window w = new Window(from, to);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (w.day(d).working()) {
                count++;
            }
        }
        return count;
    }

    /** Every day of the year that differs from an ordinary week: holidays, compensatory days, overrides. */
    @Transactional(readOnly = true)
    public List<Day> exceptions(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Window w = new Window(first, last);
        List<Day> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Day day = w.day(d);
            if (day.kind() != Kind.WORKING && day.kind() != Kind.WEEKEND) {
                out.add(day);
            }
        }
        return out;
    }

    /** The overrides declared for a year, by date. */
    @Transactional(readOnly = true)
    public List<Override> overrides(int year) {
        return jdbc.sql("""
                select day, kind, reason, version, updated_at, updated_by from working_day_override
                where day between ? and ? order by day""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new Override(rs.getObject(1, LocalDate.class), Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .list();
    }

    // ---- overrides (administrators) ----

    /**
     * Declares a day off ({@code DAY_OFF}) or a working day ({@code WORKING_DAY}) on a date, replacing what
     * was declared there ({@code version}: the declared one's, when replacing; a stale one is refused).
     */
    @Transactional
    public Override declare(LocalDate date, String kindValue, String reasonValue, Long version) {
        administrators.requireAdministrator();
        List<ValidationException.Problem> problems = new ArrayList<>();
        Kind kind = vn.chinhdon.shared.EnumValues.parse(Kind.class, kindValue);
        if (kind != Kind.DAY_OFF && kind != Kind.WORKING_DAY) {
            problems.add(ValidationException.Problem.field("kind", "error.workingDays.kind", String.valueOf(kindValue)));
        }
        if (date == null) {
            problems.add(ValidationException.Problem.field("date", "error.required.named", "date"));
        }
        String reason = VietnameseText.clean(reasonValue);
        if (reason == null || reason.isEmpty()) {
            problems.add(ValidationException.Problem.field("reason", "error.workingDays.reason"));
        } else if (reason.length() > 300) {
            problems.add(ValidationException.Problem.field("reason", "error.text.tooLong", 300));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(CurrentUser.SYSTEM);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Day before = day(date);
        var existing = jdbc.sql("select version from working_day_override where day = ?").param(date).query(Long.class)
                .optional();
        if (existing.isPresent()) {
            if (version != null && version.longValue() != existing.get()) {
                throw new ConflictException("error.stale");
            }
            jdbc.sql("""
                    update working_day_override set kind = ?, reason = ?, version = version + 1, updated_at = ?,
                      updated_by = ? where day = ?""")
                    .params(kind.name(), reason, now, actor, date).update();
        } else {
            jdbc.sql("""
                    insert into working_day_override (day, kind, reason, updated_at, updated_by)
                    values (?, ?, ?, ?, ?)""")
                    .params(date, kind.name(), reason, now, actor).update();
        }
        audit.record("WORKING_DAY_DECLARED", "WORKING_DAY", date, null, date + ": " + kind + " – " + reason,
                Map.of("before", before.kind().name(), "after", kind.name()));
        return overrides(date.getYear()).stream().filter(o -> o.date().equals(date)).findFirst().orElseThrow();
    }

    /** Removes the override of a date (the computed calendar applies again). */
    @Transactional
    public void withdraw(LocalDate date, Long version) {
        administrators.requireAdministrator();
        var existing = jdbc.sql("select version from working_day_override where day = ?").param(date).query(Long.class)
                .optional();
        if (existing.isEmpty()) {
            throw new NotFoundException("error.workingDays.notFound", date);
        }
        if (version != null && version.longValue() != existing.get()) {
            throw new ConflictException("error.stale");
        }
        jdbc.sql("delete from working_day_override where day = ?").param(date).update();
        audit.record("WORKING_DAY_WITHDRAWN", "WORKING_DAY", date, null, date + ": theo lịch tính sẵn", null);
    }

    // ---- the computed calendar ----

    /** The statutory holidays and compensatory days of a solar year (computed once per year). */
    Map<LocalDate, Day> statutory(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ValidationException.of("date", "error.workingDays.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return statutory.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Day> compute(int year) {
        TreeMap<LocalDate, Holiday> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = lunar.newYear(year);
        for (int i = -tetBefore; i < tetFrom; i++) {
            holidays.put(tet.plusDays(i), Holiday.TET);
        }
        holidays.put(lunar.toSolar(year, 3, 10, false), Holiday.HUNG_KINGS);
        holidays.put(LocalDate.of(year, 4, 30), Holiday.REUNIFICATION);
        holidays.put(LocalDate.of(year, 5, 1), Holiday.LABOUR);
        holidays.put(LocalDate.of(year, 9, 2), Holiday.NATIONAL_DAY);
        boolean before = nationalDayBeforeByYear.getOrDefault(year, nationalDayBefore);
        holidays.put(LocalDate.of(year, 9, before ? 1 : 3), Holiday.NATIONAL_DAY);
        Map<LocalDate, Day> out = new HashMap<>();
        holidays.forEach((d, h) -> out.put(d, new Day(d, false, Kind.HOLIDAY, h, null)));
        for (var e : holidays.entrySet()) {
            if (weekend(e.getKey())) {
                LocalDate c = e.getKey().plusDays(1);
                while (weekend(c) || out.containsKey(c)) {
                    c = c.plusDays(1);
                }
                out.put(c, new Day(c, false, Kind.COMPENSATORY, e.getValue(), null));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The overrides of a date range, read once, with the computed calendar around them. */
    private final class Window {

        private final LocalDate from;
        private final LocalDate to;
        private final Map<LocalDate, String[]> declared = new HashMap<>();

        Window(LocalDate a, LocalDate b) {
            this.from = a.isBefore(b) ? a : b;
            this.to = a.isBefore(b) ? b : a;
            jdbc.sql("select day, kind, reason from working_day_override where day between ? and ?").params(from, to)
                    .query(rs -> {
                        declared.put(rs.getObject(1, LocalDate.class), new String[] {rs.getString(2), rs.getString(3)});
                    });
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        Day day(LocalDate d) {
            String[] o = declared.get(d);
            Day computed = statutory(d.getYear()).get(d);
            if (o != null) {
                Kind kind = Kind.valueOf(o[0]);
                return new Day(d, kind == Kind.WORKING_DAY, kind, computed == null ? null : computed.holiday(), o[1]);
            }
            if (computed != null) {
                return computed;
            }
            return weekend(d) ? new Day(d, false, Kind.WEEKEND, null, null) : new Day(d, true, Kind.WORKING, null, null);
        }
    }
}
