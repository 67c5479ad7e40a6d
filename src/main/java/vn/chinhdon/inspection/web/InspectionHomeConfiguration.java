package vn.chinhdon.inspection.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.inspection.InspectionOverview;
import vn.chinhdon.inspection.InspectionQueries;
import vn.chinhdon.organization.OrganizationManagement;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.HomeCards;

/**
 * The home page's inspection card (model attribute {@code inspectionOverview}): the overview of the caller's
 * first granted unit — inspections overdue, archives overdue, open requirements — when it has any inspection
 * or requirement at all. The home page belongs to the organization module, which may not depend on this one.
 */
@Configuration(proxyBeanMethods = false)
class InspectionHomeConfiguration implements WebMvcConfigurer {

    private final InspectionQueries queries;
    private final OrganizationManagement organization;

    InspectionHomeConfiguration(InspectionQueries queries, OrganizationManagement organization) {
        this.queries = queries;
        this.organization = organization;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "inspectionOverview", () -> {
            String unit = InspectionPageController.topUnit(organization);
            if (unit == null) {
                return null;
            }
            try {
                InspectionOverview o = queries.overview(unit);
                return o.byTotal() + o.ofTotal() + o.requirements() + o.openRecommendations() == 0 ? null : o;
            } catch (DomainException e) {
                return null;
            }
        });
    }
}
