package org.mosaiccrm.platform.security;

import java.time.Instant;

/**
 * A business role held or asked for. A role that grants business permissions (any permission of a
 * module other than the platform's own) takes effect only after a second person approves it — never
 * the one who asked, never the user concerned — so that no administrator can give himself, or a
 * user he controls, the business data. Until the platform's approval engine exists, the second
 * person is another user administrator.
 *
 * @param requestId   the request, or {@code null} for a role held since before approvals
 * @param userId      the user the role is for
 * @param username    that user's name
 * @param role        the role's code
 * @param status      where the grant stands
 * @param requestedBy who asked (user name), or {@code null}
 * @param requestedAt when, or {@code null}
 * @param decidedBy   who approved or rejected (user name), or {@code null}
 * @param decidedAt   when, or {@code null}
 * @since 2.4
 */
public record RoleGrant(Long requestId, long userId, String username, String role, Status status, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt) {

    public enum Status { PENDING, GRANTED, REJECTED }
}
