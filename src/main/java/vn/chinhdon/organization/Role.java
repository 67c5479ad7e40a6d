package vn.chinhdon.organization;

import java.util.EnumSet;
import java.util.Set;

/** The roles of PRODUCT.md. A grant (role, unit) covers the unit's subtree unless the role is cell-scoped. */
public enum Role {
    ADMIN(false, EnumSet.complementOf(EnumSet.of(Permission.READ_CONFIDENTIAL, Permission.READ_FEEDBACK_GIVERS))),
    COMMITTEE_STAFF(false, EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS, Permission.READ_CONFIDENTIAL,
            Permission.MANAGE_DOCUMENTS, Permission.MANAGE_CAMPAIGNS, Permission.DELIVER_OBLIGATIONS,
            Permission.VERIFY_FOLLOW_UPS, Permission.MANAGE_INSPECTIONS, Permission.RECORD_REVIEWS,
            Permission.MANAGE_CONDUCT, Permission.RECORD_EVALUATIONS, Permission.MANAGE_EVALUATIONS,
            Permission.DECIDE_EVALUATIONS, Permission.MANAGE_DISCIPLINE)),
    ORGANIZATION_BOARD(false, EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS, Permission.MANAGE_UNITS,
            Permission.MANAGE_MEMBERS, Permission.READ_AUDIT, Permission.READ_CONFIDENTIAL, Permission.MANAGE_REVIEWS,
            Permission.RECORD_REVIEWS, Permission.READ_FEEDBACK_GIVERS, Permission.VERIFY_FOLLOW_UPS,
            Permission.MANAGE_CONDUCT, Permission.RECORD_EVALUATIONS, Permission.MANAGE_EVALUATIONS,
            Permission.DECIDE_EVALUATIONS)),
    INSPECTION_COMMISSION(false, EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS, Permission.READ_AUDIT,
            Permission.READ_CONFIDENTIAL, Permission.VERIFY_FOLLOW_UPS, Permission.MANAGE_INSPECTIONS,
            Permission.MANAGE_DOCUMENTS, Permission.MANAGE_CONDUCT, Permission.MANAGE_DISCIPLINE)),
    DELEGATION_MEMBER(true, EnumSet.of(Permission.READ_UNITS)),
    CELL_SECRETARY(true, EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS, Permission.DELIVER_OBLIGATIONS,
            Permission.RECORD_REVIEWS, Permission.RECORD_EVALUATIONS, Permission.DECIDE_EVALUATIONS)),
    HEAD(false, EnumSet.of(Permission.READ_UNITS, Permission.READ_MEMBERS, Permission.READ_CONFIDENTIAL)),
    RECEPTION_CLERK(true, EnumSet.of(Permission.READ_UNITS)),
    MEMBER(true, EnumSet.of(Permission.READ_UNITS));

    private final boolean cellScoped;
    private final Set<Permission> permissions;

    Role(boolean cellScoped, Set<Permission> permissions) {
        this.cellScoped = cellScoped;
        this.permissions = permissions;
    }

    /** A cell-scoped grant covers its unit only, not the subtree. */
    public boolean cellScoped() {
        return cellScoped;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    Set<Permission> permissions() {
        return permissions;
    }

    public String messageKey() {
        return "role." + name();
    }

    public static Role parse(String value) {
        return vn.chinhdon.shared.EnumValues.parse(Role.class, value);
    }

    /** What a grant lets its holder do over the units it covers. */
    public enum Permission {
        READ_UNITS, READ_MEMBERS, MANAGE_UNITS, MANAGE_MEMBERS, MANAGE_USERS, READ_AUDIT,
        /** The content of confidential documents (administrators see only that they exist). */
        READ_CONFIDENTIAL,
        /** Register documents issued by the unit (văn phòng cấp ủy). */
        MANAGE_DOCUMENTS,
        /** Require subordinate units to deliver plans, conferences, reports. */
        MANAGE_CAMPAIGNS,
        /** Deliver the unit's own obligations (link the evidence); also submit its follow-up tasks' evidence. */
        DELIVER_OBLIGATIONS,
        /**
         * As the verifier unit: assign follow-up tasks to units and members below, verify the evidence submitted
         * or send it back (khắc phục: ủy ban kiểm tra, văn phòng cấp ủy).
         */
        VERIFY_FOLLOW_UPS,
        /**
         * Programs and inspections issued by the unit: propose, decide, run, conclude, archive; answer the
         * recommendations addressed to the unit (ủy ban kiểm tra, văn phòng cấp ủy).
         */
        MANAGE_INSPECTIONS,
        /**
         * Review rounds of the unit's subtree: open them, record and verify feedback, assign explanations (ban tổ
         * chức).
         */
        MANAGE_REVIEWS,
        /** Record the reviews held in the unit: the session, the collective's final report (chi ủy, văn phòng). */
        RECORD_REVIEWS,
        /**
         * Who gave a piece of feedback: the organization board of the round's unit only — never administrators, never
         * the subject of the feedback.
         */
        READ_FEEDBACK_GIVERS,
        /**
         * Expressions of degradation identified in the unit and the yearly remedy plans of its committee and head
         * (văn phòng cấp ủy, ban tổ chức, ủy ban kiểm tra); also checking members' commitments at a review.
         */
        MANAGE_CONDUCT,
        /** Self-assessments of the unit's collective, and of its members on their behalf (chi ủy, văn phòng). */
        RECORD_EVALUATIONS,
        /** Rating seasons over the unit's subtree; the appraisal and proposal of a level (ban tổ chức, văn phòng). */
        MANAGE_EVALUATIONS,
        /**
         * As the competent unit: decide the levels, with the decision's number; as the unit above it: cancel and
         * re-rate (ban thường vụ, recorded by the organization board or the office; chi bộ cơ sở for its members).
         */
        DECIDE_EVALUATIONS,
        /**
         * Discipline decisions taken by the unit over its subtree's members and organizations, complaints against them
         * and their resolution (ủy ban kiểm tra, văn phòng cấp ủy).
         */
        MANAGE_DISCIPLINE
    }
}
