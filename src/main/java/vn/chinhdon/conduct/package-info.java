/**
 * Conduct (chỉnh đốn): the versioned catalogue of the 27 expressions of degradation of Resolution 04-NQ/TW
 * ({@link vn.chinhdon.conduct.DegradationCatalogue}); the expressions identified in a unit with their source and the
 * yearly remedy plans of its committee and head, whose items become follow-up tasks verified by the unit above
 * ({@link vn.chinhdon.conduct.ConductManagement}, {@link vn.chinhdon.conduct.ConductQueries}); members' personal
 * commitments signed with their cell, recorded by them or on their behalf by the cell's secretary, and checked at
 * the next review ({@link vn.chinhdon.conduct.CommitmentManagement}).
 */
package vn.chinhdon.conduct;
