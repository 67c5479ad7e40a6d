package vn.chinhdon.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.conduct.ConductManagement;
import vn.chinhdon.conduct.ConductQueries;
import vn.chinhdon.conduct.ExpressionOverview;
import vn.chinhdon.conduct.ExpressionView;
import vn.chinhdon.conduct.NewExpression;

/** Expressions of degradation identified in units: across a unit's subtree with counts per code and unit; one; a new one. */
@RestController
@RequestMapping("/api/v1/expressions")
@Tag(name = "Expressions of degradation identified")
class ExpressionApiController {

    private final ConductManagement conduct;
    private final ConductQueries queries;

    ExpressionApiController(ConductManagement conduct, ConductQueries queries) {
        this.conduct = conduct;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The expressions identified across the unit's subtree (and its predecessors'), of a year or of "
            + "every year, newest first, with how many times each code was identified (byCode) and per unit (byUnit)")
    ExpressionOverview list(@RequestParam String unitCode, @RequestParam(required = false) Integer year) {
        return queries.expressions(unitCode, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Identify an expression in a unit (MANAGE_CONDUCT over it): codes (one or more of G1.1–G3.9), the "
            + "unit's own wording, evidence, sourceKind (free: a review, an inspection, a sơ kết conference) and "
            + "sourceReference, identifiedOn (default today), identifiedBy (the body or person), year (default the year "
            + "identified)")
    ExpressionView identify(@RequestBody NewExpression request) {
        return conduct.identify(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One identified expression (READ_UNITS over its unit)")
    ExpressionView expression(@PathVariable long id) {
        return conduct.expression(id);
    }
}
