package vn.chinhdon.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chinhdon.conduct.DisciplineManagement;
import vn.chinhdon.evaluation.PlanningEligibility;
import vn.chinhdon.evaluation.PlanningResult;
import vn.chinhdon.evaluation.TargetPost;

/**
 * The page of a member's eligibility for cadre planning or appointment: the look-up (member, target post, date), the
 * result with every reason in Vietnamese, the member's discipline decisions, and the rules applied with whether they
 * are confirmed. A member the caller may not read is "not found"; a date that cannot be read is said on the page.
 */
@Controller
class PlanningPageController {

    private final PlanningEligibility eligibility;
    private final DisciplineManagement disciplines;
    private final Clock clock;

    PlanningPageController(PlanningEligibility eligibility, DisciplineManagement disciplines, Clock clock) {
        this.eligibility = eligibility;
        this.disciplines = disciplines;
        this.clock = clock;
    }

    @GetMapping("/evaluation/planning-eligibility")
    String page(@RequestParam(required = false) String memberId, @RequestParam(required = false) String target,
            @RequestParam(required = false) String on, Model model) {
        LocalDate today = LocalDate.now(clock);
        String typedOn = on == null ? "" : on.trim();
        LocalDate day = today;
        if (!typedOn.isEmpty()) {
            try {
                day = LocalDate.parse(typedOn);
            } catch (DateTimeParseException e) {
                model.addAttribute("badDate", typedOn);
            }
        }
        TargetPost post = target != null && target.trim().equalsIgnoreCase("SAME") ? TargetPost.SAME : TargetPost.HIGHER;
        Long member = memberId != null && memberId.trim().matches("\\d{1,18}") ? Long.valueOf(memberId.trim()) : null;
        model.addAttribute("memberId", member);
        model.addAttribute("target", post);
        model.addAttribute("targets", TargetPost.values());
        model.addAttribute("on", day);
        model.addAttribute("rules", eligibility.rules());
        if (member != null) {
            PlanningResult result = eligibility.check(member, post, day);
            model.addAttribute("result", result);
            model.addAttribute("disciplines", disciplines.ofMember(member));
        } else {
            model.addAttribute("disciplines", List.of());
        }
        return "evaluation/planning";
    }
}
