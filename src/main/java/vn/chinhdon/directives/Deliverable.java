package vn.chinhdon.directives;

/** What a campaign requires of each unit: its own plan or program, a dissemination conference, a report. */
public enum Deliverable {
    PLAN, CONFERENCE, REPORT
}
