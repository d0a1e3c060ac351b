package org.mosaiccrm.platform.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit log. Services write after their change commits; the entry
 * names the subject of the calling thread (or {@code system}).
 */
@ProviderType
public interface AuditLog {

    String PERMISSION_READ = "audit.read";

    void record(AuditEvent event);

    /** Writes several entries in one transaction (imports). */
    void recordAll(List<AuditEvent> events);

    /** Requires {@link #PERMISSION_READ}. */
    List<AuditEntry> find(AuditQuery query);

    /** Recomputes the chain; requires {@link #PERMISSION_READ}. The check itself is audited. */
    AuditVerification verify();

    /**
     * Starts signing new entries with a new key (kept outside the database beside the old ones, which
     * older entries keep naming); requires {@link #PERMISSION_READ}; audited. Returns the new key's id.
     *
     * @since 1.1
     */
    String rotateKey();
}
