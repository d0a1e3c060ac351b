package org.mosaiccrm.platform.approval;

import java.util.List;

/**
 * Who approves a step.
 *
 * @param kind    named users, the holders of a role, or the submitter's team lead
 * @param userIds the users ({@link Kind#USERS})
 * @param role    the role's code ({@link Kind#ROLE})
 * @param levels  1 = the submitter's team lead, 2 = that lead's own lead… ({@link Kind#TEAM_LEAD})
 */
public record ApproverRule(Kind kind, List<Long> userIds, String role, int levels) {

    /** Where a step's approvers come from. */
    public enum Kind {
        USERS, ROLE, TEAM_LEAD
    }

    public ApproverRule {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        role = role == null ? "" : role;
    }

    public static ApproverRule users(Long... ids) {
        return new ApproverRule(Kind.USERS, List.of(ids), "", 0);
    }

    public static ApproverRule role(String code) {
        return new ApproverRule(Kind.ROLE, List.of(), code, 0);
    }

    public static ApproverRule teamLead(int levels) {
        return new ApproverRule(Kind.TEAM_LEAD, List.of(), "", levels);
    }
}
