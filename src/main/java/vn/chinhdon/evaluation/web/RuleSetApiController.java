package vn.chinhdon.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.evaluation.EvaluationRules;
import vn.chinhdon.evaluation.RuleSetCommand;
import vn.chinhdon.evaluation.RuleSetView;

/**
 * The rule sets of evaluation: every set, one set, the set in force on a period's end date, and (administrators)
 * adding or editing a set. A set's code contains a slash (366-QĐ/TW), so it is given as the request parameter
 * {@code code}, never in the path.
 */
@RestController
@RequestMapping("/api/v1/evaluation-rule-sets")
@Tag(name = "Evaluation rule sets")
class RuleSetApiController {

    private final EvaluationRules rules;

    RuleSetApiController(EvaluationRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "Every rule set, the earliest first (132-QĐ/TW, 124-QĐ/TW, 366-QĐ/TW, …): dates, score bands, "
            + "hard caps, quota, quarterly rating and organization rules, each rule with confirmed and basis")
    List<RuleSetView> all() {
        return rules.all();
    }

    @GetMapping("/set")
    @Operation(summary = "One rule set by its code, given as a parameter since it contains a slash: "
            + "/set?code=366-QĐ/TW (URL-encoded); 404 when unknown")
    RuleSetView get(@Parameter(description = "e.g. 366-QĐ/TW") @RequestParam String code) {
        return rules.get(code);
    }

    @GetMapping("/in-force")
    @Operation(summary = "The rule set that judges a record of a period ending on the date (default today); 404 when "
            + "no set is in force then")
    RuleSetView inForce(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        return rules.inForce(on);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rule set (administrators; version absent). A set starting after the one still in force "
            + "closes that one the day before. 422 listing every problem: overlapping periods, score bands that overlap "
            + "or leave gaps in 0–100 when scores are used, a quota outside 0–100, unknown levels or cap kinds")
    RuleSetView add(@RequestBody RuleSetCommand request) {
        return rules.save(withVersion(request, null, request.code()));
    }

    @PutMapping("/set")
    @Operation(summary = "Edit a rule set (administrators): /set?code=…, the body with the version read; the same "
            + "checks as adding; 409 when someone changed the set since")
    RuleSetView edit(@RequestParam String code, @RequestBody RuleSetCommand request) {
        return rules.save(withVersion(request, request.version() == null ? -1 : request.version(), code));
    }

    private static RuleSetCommand withVersion(RuleSetCommand r, Integer version, String code) {
        return new RuleSetCommand(code, r.name(), r.document(), r.effectiveFrom(), r.effectiveTo(), r.usesScores(),
                r.quarterly(), r.quarterlyBasis(), r.quotaPercent(), r.quotaScope(), r.quotaConfirmed(), r.quotaBasis(),
                r.note(), version, r.bands(), r.caps(), r.organizationRules());
    }
}
