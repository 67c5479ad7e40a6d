package vn.chinhdon.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.platform.WorkingDays;

/** The working-day calendar: holidays and declared overrides; deadlines counted in working days. */
@RestController
@RequestMapping("/api/v1/working-days")
@Tag(name = "Working days")
class WorkingDaysApiController {

    private final WorkingDays workingDays;

    WorkingDaysApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping
    @Operation(summary = "Holidays, compensatory days and declared overrides of a year (days that differ from an ordinary week)")
    List<WorkingDays.Day> year(@RequestParam int year) {
        return workingDays.exceptions(year);
    }

    record Deadline(LocalDate from, int workingDays, LocalDate date) {
    }

    @GetMapping("/deadline")
    @Operation(summary = "The date n working days after a date (before it for negative n)")
    Deadline deadline(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from, @RequestParam int days) {
        return new Deadline(from, days, workingDays.plusWorkingDays(from, Math.max(-3660, Math.min(3660, days))));
    }

    record Count(LocalDate from, LocalDate to, int workingDays) {
    }

    @GetMapping("/count")
    @Operation(summary = "Working days after 'from' up to and including 'to'")
    Count count(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        if (Math.abs(to.toEpochDay() - from.toEpochDay()) > 36600) {
            throw vn.chinhdon.platform.ValidationException.of("to", "error.workingDays.range");
        }
        return new Count(from, to, workingDays.workingDaysBetween(from, to));
    }

    @GetMapping("/overrides")
    @Operation(summary = "The days off and working days declared for a year")
    List<WorkingDays.Override> overrides(@RequestParam int year) {
        return workingDays.overrides(year);
    }

    record Declaration(String kind, String reason, Long version) {
    }

    @PutMapping("/overrides/{date}")
    @Operation(summary = "Administrators: declare a DAY_OFF or a WORKING_DAY on a date (audited)")
    WorkingDays.Override declare(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestBody Declaration d) {
        return workingDays.declare(date, d.kind(), d.reason(), d.version());
    }

    @DeleteMapping("/overrides/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Administrators: withdraw the declaration of a date (audited)")
    void withdraw(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long version) {
        workingDays.withdraw(date, version);
    }
}
