package org.mosaiccrm.platform.audit;

import java.time.Instant;

/**
 * A filter for the auditor's view; {@code null} fields do not filter. Results come newest first,
 * {@code limit} at a time; the next page starts below {@code beforeSequence}.
 */
public record AuditQuery(String username, String module, String recordId, Instant from, Instant to,
        Long beforeSequence, int limit) {

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
