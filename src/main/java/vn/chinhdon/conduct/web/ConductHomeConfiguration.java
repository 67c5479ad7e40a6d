package vn.chinhdon.conduct.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chinhdon.conduct.CellCommitments;
import vn.chinhdon.conduct.CommitmentManagement;
import vn.chinhdon.conduct.ConductQueries;
import vn.chinhdon.conduct.ExpressionOverview;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.HomeCards;

/**
 * The home page's conduct card (model attribute {@code conductCard}) for the caller's first granted unit: for a cell,
 * its commitments of the latest year with commitments (who has signed, the outcomes); for a committee, the expressions
 * identified across its subtree in the latest year with any, and the remedy plans. Nothing when there is nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConductHomeConfiguration implements WebMvcConfigurer {

    /** The card: the unit, the year, and either the cell's commitments or the subtree's expressions and plans. */
    record ConductCard(String unitCode, String unitName, int year, CellCommitments cell, long expressions,
            List<String> codes, long plans) {
    }

    private final ConductPages pages;
    private final ConductQueries queries;
    private final CommitmentManagement commitments;

    ConductHomeConfiguration(ConductPages pages, ConductQueries queries, CommitmentManagement commitments) {
        this.pages = pages;
        this.queries = queries;
        this.commitments = commitments;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        HomeCards.register(registry, "conductCard", () -> {
            String unit = pages.topUnit();
            if (unit == null) {
                return null;
            }
            try {
                List<Integer> cellYears = commitments.years(unit);
                if (!cellYears.isEmpty()) {
                    CellCommitments c = commitments.cell(unit, cellYears.get(0));
                    return new ConductCard(c.cellCode(), c.cellName(), c.year(), c, 0, List.of(), 0);
                }
                List<Integer> years = queries.years(unit);
                if (years.isEmpty()) {
                    return null;
                }
                int year = years.get(0);
                ExpressionOverview o = queries.expressions(unit, year);
                return new ConductCard(o.unitCode(), o.unitName(), year, null, o.items().size(),
                        List.copyOf(o.byCode().keySet()), queries.plans(unit, year).size());
            } catch (DomainException e) {
                return null;
            }
        });
    }
}
