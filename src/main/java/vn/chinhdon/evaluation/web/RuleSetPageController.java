package vn.chinhdon.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chinhdon.evaluation.EvaluationRules;
import vn.chinhdon.evaluation.RuleSetView;
import vn.chinhdon.platform.NotFoundException;

/**
 * The read-only page of the evaluation rule sets for every signed-in user: the sets from the newest, each rule with
 * whether it is confirmed and its basis; with {@code ?on=yyyy-MM-dd}, the set that judges a period ending that day.
 * When no set is in force on that day, or the date cannot be read, the page still answers 200 with the message in
 * place of the result: the page itself exists, only the look-up found nothing (the API answers 404 for that).
 */
@Controller
class RuleSetPageController {

    private final EvaluationRules rules;

    RuleSetPageController(EvaluationRules rules) {
        this.rules = rules;
    }

    /** A set with the anchor the look-up result links to (its code has a slash and a Đ). */
    record Item(RuleSetView set, String anchor) {
    }

    @GetMapping("/evaluation-rule-sets")
    String ruleSets(@RequestParam(required = false) String on, Model model) {
        List<RuleSetView> sets = new ArrayList<>(rules.all());
        Collections.reverse(sets);
        model.addAttribute("sets", sets.stream().map(s -> new Item(s, anchor(s.code()))).toList());
        String text = on == null ? "" : on.trim();
        model.addAttribute("on", text);
        if (!text.isEmpty()) {
            try {
                LocalDate day = LocalDate.parse(text);
                model.addAttribute("onDate", day);
                try {
                    RuleSetView found = rules.inForce(day);
                    model.addAttribute("found", new Item(found, anchor(found.code())));
                } catch (NotFoundException e) {
                    model.addAttribute("noneOn", true);
                }
            } catch (DateTimeParseException e) {
                model.addAttribute("badDate", true);
            }
        }
        return "evaluation/rule-sets";
    }

    static String anchor(String code) {
        return "set-" + code.replaceAll("[^0-9A-Za-z-]", "");
    }
}
