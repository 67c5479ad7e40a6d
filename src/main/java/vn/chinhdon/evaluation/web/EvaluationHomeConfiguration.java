package vn.chinhdon.evaluation.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.evaluation.EvaluationQueries;
import vn.chinhdon.evaluation.RatingState;
import vn.chinhdon.evaluation.SeasonView;
import vn.chinhdon.organization.AccessControl;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.Role.Permission;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.HomeCards;

/**
 * The home page's evaluation card (model attribute {@code evaluationCard}), for those who appraise or decide the
 * ratings of their first unit: its latest season, with the proposals awaiting the decision and those the evidence
 * flags. The home page belongs to the organization module, which may not depend on this one.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationHomeConfiguration implements WebMvcConfigurer {

    private final EvaluationQueries queries;
    private final OrganizationManagement organization;
    private final AccessControl access;

    EvaluationHomeConfiguration(EvaluationQueries queries, OrganizationManagement organization, AccessControl access) {
        this.queries = queries;
        this.organization = organization;
        this.access = access;
    }

    /** The card: the unit (for the links) and its latest season; awaiting: proposals to decide. */
    record EvaluationCard(String unitCode, String unitName, SeasonView season, long awaiting) {
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "evaluationCard", this::card);
    }

    EvaluationCard card() {
        var units = organization.list(null, null, null);
        if (units.isEmpty()) {
            return null;
        }
        OrgUnitView unit = units.get(0);
        if (!access.allows(unit.id(), Permission.MANAGE_EVALUATIONS)
                && !access.allows(unit.id(), Permission.DECIDE_EVALUATIONS)) {
            return null;
        }
        try {
            return queries.latestSeason(unit.code())
                    .map(s -> new EvaluationCard(unit.code(), unit.name(), s,
                            s.byState().getOrDefault(RatingState.PROPOSED, 0L)))
                    .orElse(null);
        } catch (DomainException e) {
            return null; // a unit whose seasons the caller may not read: nothing to show
        }
    }
}
