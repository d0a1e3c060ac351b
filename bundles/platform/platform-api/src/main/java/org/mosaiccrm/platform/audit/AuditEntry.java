package org.mosaiccrm.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * A written audit entry. {@code sequence} numbers entries without gaps; {@code hash} chains each
 * entry to the one before it.
 */
public record AuditEntry(long sequence, Instant at, Long userId, String username, String address, String category,
        String action, String module, String recordType, String recordId, List<FieldChange> changes, String hash) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
