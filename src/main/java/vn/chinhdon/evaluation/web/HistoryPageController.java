package vn.chinhdon.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.Level;
import vn.chinhdon.organization.OrganizationManagement;

/**
 * The levels of a member over the years, and of a unit's collective with the levels of its subtree year over year
 * (members and collectives, counts and shares). The member's page and the unit's page belong to the organization
 * module, which may not depend on this one: they link here.
 */
@Controller
class HistoryPageController {

    /** The years the distribution shows by default: this one and the four before it. */
    static final int YEARS = 5;

    private final EvaluationQueries queries;
    private final OrganizationManagement organization;
    private final Clock clock;

    HistoryPageController(EvaluationQueries queries, OrganizationManagement organization, Clock clock) {
        this.queries = queries;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/evaluation/members/{memberId:\\d+}")
    String member(@PathVariable long memberId, Model model) {
        List<EvaluationQueries.HistoryLine> lines = queries.memberHistory(memberId);
        model.addAttribute("name", queries.memberName(memberId));
        model.addAttribute("memberId", memberId);
        model.addAttribute("readsRecord", queries.readsMemberRecord(memberId));
        model.addAttribute("lines", lines);
        return "evaluation/member";
    }

    @GetMapping("/evaluation/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear, Model model) {
        int now = LocalDate.now(clock).getYear();
        int to = toYear == null || toYear < 2000 || toYear > now + 1 ? now : toYear;
        int from = fromYear == null || fromYear > to || fromYear < to - 20 ? to - YEARS + 1 : fromYear;
        model.addAttribute("unit", organization.unit(code.trim(), null)); // a unit the caller may not read: not found
        model.addAttribute("lines", queries.unitHistory(code.trim()));
        List<EvaluationQueries.YearDistribution> years = queries.distribution(code.trim(), from, to);
        model.addAttribute("years", years.stream().map(Distribution::of).toList());
        model.addAttribute("levels", Level.values());
        model.addAttribute("fromYear", from);
        model.addAttribute("toYear", to);
        return "evaluation/unit";
    }

    /** A year's distribution with its totals and the share of each level, in whole percent, for the table. */
    record Distribution(int year, long[] members, long membersTotal, long[] collectives, long collectivesTotal,
            long notRated) {

        static Distribution of(EvaluationQueries.YearDistribution d) {
            Level[] levels = Level.values();
            long[] m = new long[levels.length];
            long[] c = new long[levels.length];
            for (int i = 0; i < levels.length; i++) {
                m[i] = d.members().getOrDefault(levels[i], 0L);
                c[i] = d.collectives().getOrDefault(levels[i], 0L);
            }
            return new Distribution(d.year(), m, java.util.Arrays.stream(m).sum(), c, java.util.Arrays.stream(c).sum(),
                    d.notRated());
        }

        public boolean empty() {
            return membersTotal == 0 && collectivesTotal == 0 && notRated == 0;
        }

        public long memberPercent(int i) {
            return percent(members[i], membersTotal);
        }

        public long collectivePercent(int i) {
            return percent(collectives[i], collectivesTotal);
        }

        private static long percent(long n, long total) {
            return total == 0 ? 0 : Math.round(100.0 * n / total);
        }
    }
}
