package vn.chinhdon.organization.web;

import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.UnitSummary;

/** A unit with its counts, as the home page shows it. */
public record UnitCard(OrgUnitView unit, UnitSummary summary) {
}
