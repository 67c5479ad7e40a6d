package vn.chinhdon.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chinhdon.platform.AdministratorCheck;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.ProblemLine;
import vn.chinhdon.platform.ValidationException;
import vn.chinhdon.platform.WorkingDays;
import vn.chinhdon.shared.LunarCalendar;

/**
 * The working-day calendar of a year for everybody (holidays, Tết, compensatory days, the Government's
 * declarations) with a deadline calculator; administrators declare and withdraw the declarations (the facade
 * refuses everybody else).
 */
@Controller
class WorkingDaysPageController {

    static final List<String> KINDS = List.of(WorkingDays.Kind.DAY_OFF.name(), WorkingDays.Kind.WORKING_DAY.name());

    private final WorkingDays workingDays;
    private final AdministratorCheck administrators;
    private final MessageSource messages;
    private final Clock clock;

    WorkingDaysPageController(WorkingDays workingDays, AdministratorCheck administrators, MessageSource messages,
            Clock clock) {
        this.workingDays = workingDays;
        this.administrators = administrators;
        this.messages = messages;
        this.clock = clock;
    }

    /** A day off or a working day to declare ({@code version} empty) or to replace ({@code version} as read). */
    record DeclarationForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date, @NotBlank String kind,
            @NotBlank String reason, Long version) {
    }

    record WithdrawalForm(@NotNull Long version) {
    }

    /** The deadline calculator: the date {@code days} working days after {@code from}. */
    record DeadlineForm(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @Min(1) @Max(1000) Integer days) {
    }

    /** A day of the list: the calendar's day, its lunar date (Tết, Giỗ Tổ) and its declaration, if any. */
    record DayRow(WorkingDays.Day day, LunarCalendar.LunarDate lunar, WorkingDays.Override declared) {
    }

    @GetMapping("/working-days")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String edit,
            @Validated @ModelAttribute("calc") DeadlineForm calc, BindingResult calcBinding, Model model,
            HttpServletResponse response) {
        int y = parseYear(year);
        DeclarationForm declaration = new DeclarationForm(null, WorkingDays.Kind.DAY_OFF.name(), null, null);
        LocalDate editDate = parseDate(edit);
        if (editDate != null && inRange(editDate.getYear())) {
            y = editDate.getYear();
            declaration = workingDays.overrides(y).stream().filter(o -> o.date().equals(editDate)).findFirst()
                    .map(o -> new DeclarationForm(o.date(), o.kind().name(), o.reason(), o.version()))
                    .orElse(new DeclarationForm(editDate, WorkingDays.Kind.DAY_OFF.name(), null, null));
        }
        boolean asked = calc.from() != null || calc.days() != null || calcBinding.hasErrors();
        LocalDate result = null;
        FormErrors calcErrors = null;
        if (asked) {
            calcErrors = errors(calcBinding);
            List<ProblemLine> missing = new ArrayList<>();
            if (calc.from() == null && !calcBinding.hasFieldErrors("from")) {
                missing.add(line("from", text("NotNull")));
            }
            if (calc.days() == null && !calcBinding.hasFieldErrors("days")) {
                missing.add(line("days", text("NotNull")));
            }
            if (!missing.isEmpty() || !calcErrors.isEmpty()) {
                missing.addAll(calcErrors.getLines());
                calcErrors = new FormErrors(missing, false);
                response.setStatus(422);
            } else {
                try {
                    result = workingDays.plusWorkingDays(calc.from(), calc.days());
                    calcErrors = null;
                } catch (ValidationException e) {
                    response.setStatus(422);
                    calcErrors = errors(e, "from");
                }
            }
        } else {
            calc = new DeadlineForm(LocalDate.now(clock), 15);
        }
        model.addAttribute("calc", calc);
        model.addAttribute("calcErrors", calcErrors);
        model.addAttribute("calcResult", result);
        return page(y, declaration, null, null, model);
    }

    @PostMapping("/working-days/overrides")
    String declare(@Validated @ModelAttribute("declaration") DeclarationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            // the facade refuses non-administrators before it looks at their input; so does this page
            administrators.requireAdministrator();
            response.setStatus(422);
            errors = errors(binding);
        } else {
            try {
                WorkingDays.Override o = workingDays.declare(form.date(), form.kind(), form.reason(), form.version());
                redirect.addFlashAttribute("notice", text("workingDays.declared", o.date(),
                        text("workingDays.kind." + o.kind().name())));
                return "redirect:/working-days?year=" + o.date().getYear() + "#day-" + o.date();
            } catch (ForbiddenException e) {
                throw e;
            } catch (DomainException e) {
                errors = refused(e, response, "date");
            }
        }
        int year = form.date() != null && inRange(form.date().getYear()) ? form.date().getYear()
                : LocalDate.now(clock).getYear();
        model.addAttribute("calc", new DeadlineForm(LocalDate.now(clock), 15));
        return page(year, form, errors, null, model);
    }

    @PostMapping("/working-days/overrides/{date}/withdraw")
    String withdraw(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @Validated @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors;
        if (binding.hasErrors()) {
            administrators.requireAdministrator();
            response.setStatus(422);
            errors = errors(binding);
        } else {
            try {
                workingDays.withdraw(date, form.version());
                redirect.addFlashAttribute("notice", text("workingDays.withdrawn", date));
                return "redirect:/working-days?year=" + date.getYear() + "#days";
            } catch (ForbiddenException e) {
                throw e;
            } catch (DomainException e) {
                errors = refused(e, response, null);
            }
        }
        model.addAttribute("calc", new DeadlineForm(LocalDate.now(clock), 15));
        return page(inRange(date.getYear()) ? date.getYear() : LocalDate.now(clock).getYear(),
                new DeclarationForm(null, WorkingDays.Kind.DAY_OFF.name(), null, null), null, errors, model);
    }

    private String page(int year, DeclarationForm declaration, FormErrors declarationErrors, FormErrors listErrors,
            Model model) {
        model.addAttribute("year", year);
        model.addAttribute("declaration", declaration);
        model.addAttribute("declarationErrors", declarationErrors);
        model.addAttribute("listErrors", listErrors);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("firstYear", WorkingDays.FIRST_YEAR);
        model.addAttribute("lastYear", WorkingDays.LAST_YEAR);
        if (!inRange(year)) {
            model.addAttribute("yearError", text("error.workingDays.year", String.valueOf(WorkingDays.FIRST_YEAR),
                    String.valueOf(WorkingDays.LAST_YEAR)));
            model.addAttribute("rows", List.of());
            return "working-days/calendar";
        }
        Map<LocalDate, WorkingDays.Override> declared = workingDays.overrides(year).stream()
                .collect(Collectors.toMap(WorkingDays.Override::date, Function.identity()));
        List<DayRow> rows = new ArrayList<>();
        for (WorkingDays.Day d : workingDays.exceptions(year)) {
            boolean lunar = d.kind() == WorkingDays.Kind.HOLIDAY
                    && (d.holiday() == WorkingDays.Holiday.TET || d.holiday() == WorkingDays.Holiday.HUNG_KINGS);
            rows.add(new DayRow(d, lunar ? LunarCalendar.VIETNAM.toLunar(d.date()) : null, declared.get(d.date())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("daysOff", rows.stream().filter(r -> !r.day().working()
                && r.day().date().getDayOfWeek().getValue() < 6).count());
        model.addAttribute("workingDayCount",
                workingDays.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
        return "working-days/calendar";
    }

    // ---- texts ----

    private static boolean inRange(int year) {
        return year >= WorkingDays.FIRST_YEAR && year <= WorkingDays.LAST_YEAR;
    }

    /** The year asked for; this year (in Vietnam) when none or not a number. */
    private int parseYear(String year) {
        if (year != null && year.trim().matches("-?\\d{1,6}")) {
            return Integer.parseInt(year.trim());
        }
        return LocalDate.now(clock).getYear();
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, MessageArgs.format(args, locale), key, locale);
    }

    private String label(String field) {
        return messages.getMessage("workingDays.field." + field, null, null, LocaleContextHolder.getLocale());
    }

    private ProblemLine line(String field, String message) {
        return new ProblemLine(null, field, label(field), message);
    }

    /** Conversion and Bean Validation problems of a bound form (a date that is not a date, a missing reason). */
    private FormErrors errors(BindingResult result) {
        var locale = LocaleContextHolder.getLocale();
        List<ProblemLine> out = new ArrayList<>();
        result.getFieldErrors().forEach(f -> out.add(line(f.getField(), messages.getMessage(f, locale))));
        result.getGlobalErrors().forEach(g -> out.add(new ProblemLine(null, null, null, messages.getMessage(g, locale))));
        return new FormErrors(out, false);
    }

    /** The facade's problems, each beside its field ({@code fallback}: the field of a problem without one). */
    private FormErrors errors(ValidationException e, String fallback) {
        List<ProblemLine> out = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            String field = p.field() == null ? fallback : p.field();
            String message = "error.required.named".equals(p.messageKey()) ? text("NotNull") : text(p.messageKey(), p.args());
            out.add(line(field, message));
        }
        return new FormErrors(out, false);
    }

    /** A refusal beside its form, with the status the API would give (422, 409 "reload", 404). */
    private FormErrors refused(DomainException e, HttpServletResponse response, String fallback) {
        if (e instanceof ValidationException v) {
            response.setStatus(422);
            return errors(v, fallback);
        }
        if (e instanceof ConflictException c && "error.stale".equals(c.messageKey())) {
            response.setStatus(409);
            return FormErrors.staleRecord();
        }
        response.setStatus(e instanceof ConflictException ? 409 : 404);
        return FormErrors.of(text(e.messageKey(), e.args()));
    }
}
