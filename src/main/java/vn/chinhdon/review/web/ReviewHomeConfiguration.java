package vn.chinhdon.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.HomeCards;
import vn.chinhdon.review.ReviewManagement;
import vn.chinhdon.review.RoundView;

/**
 * The home page's review card (model attribute {@code reviewCard}): the rounds of the caller's units in which
 * something waits on them — feedback to verify (for the organization board), reviews not held past the deadline —
 * shown only when there is one. The home page belongs to the organization module, which may not depend on this one.
 */
@Configuration(proxyBeanMethods = false)
class ReviewHomeConfiguration implements WebMvcConfigurer {

    /** The caller's units looked at (their first granted units). */
    static final int UNITS = 3;

    private final ReviewManagement reviews;
    private final OrganizationManagement organization;

    ReviewHomeConfiguration(ReviewManagement reviews, OrganizationManagement organization) {
        this.reviews = reviews;
        this.organization = organization;
    }

    /** The card: the first unit (for the links) and the rounds that wait, with the feedback to verify in all. */
    record ReviewCard(String unitCode, String unitName, List<RoundView> rounds, long feedbackUnverified) {
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "reviewCard", this::card);
    }

    ReviewCard card() {
        List<OrgUnitView> units = organization.list(null, null, null);
        if (units.isEmpty()) {
            return null;
        }
        Map<Long, RoundView> waiting = new LinkedHashMap<>();
        for (OrgUnitView unit : units.subList(0, Math.min(UNITS, units.size()))) {
            try {
                for (RoundView r : reviews.rounds(unit.code())) {
                    if (r.feedbackUnverified() > 0 || r.late()) {
                        waiting.putIfAbsent(r.id(), r);
                    }
                }
            } catch (DomainException e) {
                // a unit whose rounds the caller may not read: nothing waits there
            }
        }
        if (waiting.isEmpty()) {
            return null;
        }
        List<RoundView> rounds = new ArrayList<>(waiting.values());
        return new ReviewCard(units.get(0).code(), units.get(0).name(), rounds,
                rounds.stream().mapToLong(RoundView::feedbackUnverified).sum());
    }
}
