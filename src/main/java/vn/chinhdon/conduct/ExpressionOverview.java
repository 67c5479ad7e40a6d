package vn.chinhdon.conduct;

import java.util.List;
import java.util.Map;

/**
 * The expressions identified across a unit's subtree (and its predecessors'), of a year or of every year: each one,
 * how many times each code was identified ({@code byCode}, in catalogue order, codes never identified left out), and
 * per unit of the subtree how many expressions and which codes.
 */
public record ExpressionOverview(String unitCode, String unitName, Integer year, List<ExpressionView> items,
        Map<String, Long> byCode, List<UnitCount> byUnit, boolean canIdentify) {

    /** One unit of the subtree with its expressions: how many, and how many times each code. */
    public record UnitCount(String unitCode, String unitName, long expressions, Map<String, Long> byCode) {
    }
}
