package vn.chinhdon.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.inspection.TimeLimit;
import vn.chinhdon.inspection.TimeLimits;

/** The time limits of inspections by the level of the issuing unit (reference data). */
@RestController
@RequestMapping("/api/v1/inspection-time-limits")
@Tag(name = "Inspections")
class InspectionTimeLimitApiController {

    private final TimeLimits limits;

    InspectionTimeLimitApiController(TimeLimits limits) {
        this.limits = limits;
    }

    @GetMapping
    @Operation(summary = "Every level's time limit (days, working or calendar days, largest extension, basis, confirmed)")
    List<TimeLimit> all() {
        return limits.all();
    }

    record TimeLimitRequest(Integer days, Boolean workingDays, Integer extensionDivisor, String basis, Long version) {
    }

    @PutMapping("/{unitKind}")
    @Operation(summary = "Set a level's time limit (administrators); the figure is then marked confirmed")
    TimeLimit save(@PathVariable String unitKind, @RequestBody TimeLimitRequest request) {
        return limits.save(unitKind, request.days(), request.workingDays(), request.extensionDivisor(), request.basis(),
                request.version());
    }
}
