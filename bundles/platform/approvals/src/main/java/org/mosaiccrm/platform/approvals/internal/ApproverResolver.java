package org.mosaiccrm.platform.approvals.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.UserDirectory;

/**
 * Works out who approves a step for a submitter: named users, a role's members, or the team lead
 * {@code levels} up (the lead of the submitter's team, then that lead's own team's lead…). The
 * submitter is never among them (separation of duties); nobody appears twice.
 */
final class ApproverResolver {

    private final UserDirectory directory;

    ApproverResolver(UserDirectory directory) {
        this.directory = directory;
    }

    List<Long> approvers(ApproverRule rule, long submitterId) {
        Set<Long> found = new LinkedHashSet<>();
        switch (rule.kind()) {
            case USERS -> found.addAll(rule.userIds());
            case ROLE -> directory.membersOf(rule.role()).forEach(user -> found.add(user.id()));
            case TEAM_LEAD -> {
                Long lead = leadAbove(submitterId, rule.levels());
                if (lead != null) {
                    found.add(lead);
                }
            }
        }
        found.remove(submitterId);
        return new ArrayList<>(found);
    }

    /** The lead {@code levels} up from {@code userId}, or null where the chain ends before. */
    Long leadAbove(long userId, int levels) {
        long current = userId;
        Long lead = null;
        for (int level = 0; level < levels; level++) {
            Map<Long, Team> teams = directory.teamsOf(List.of(current));
            Team team = teams.get(current);
            if (team == null || team.leadId() == null || team.leadId() == current) {
                return level == 0 ? null : lead;
            }
            lead = team.leadId();
            current = lead;
        }
        return lead;
    }
}
