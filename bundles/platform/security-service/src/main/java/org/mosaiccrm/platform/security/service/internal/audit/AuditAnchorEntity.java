package org.mosaiccrm.platform.security.service.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code SEC_AUDIT_ANCHOR}: one row saying where the chain starts after retention pruned it,
 * signed with an audit key so that nobody can cut the chain's beginning and claim retention did.
 */
@Entity
@Table(name = "SEC_AUDIT_ANCHOR")
public class AuditAnchorEntity {

    static final int SINGLE_ROW = 1;

    @Id
    @Column(name = "ID")
    private int id = SINGLE_ROW;

    @Column(name = "FIRST_SEQ", nullable = false)
    private long firstSequence;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "KEY_ID", length = 16)
    private String keyId;

    @Column(name = "MAC", length = 64)
    private String mac;

    protected AuditAnchorEntity() {
    }

    AuditAnchorEntity(long firstSequence, String prevHash, AuditKeys.Key key) {
        move(firstSequence, prevHash, key);
    }

    void move(long firstSequence, String prevHash, AuditKeys.Key key) {
        this.firstSequence = firstSequence;
        this.prevHash = prevHash;
        this.keyId = key.id();
        this.mac = AuditKeys.mac(key, signedText(firstSequence, prevHash));
    }

    /** Whether the row is as retention wrote it, checked with {@code keys}. */
    boolean signedWith(AuditKeys keys) {
        return mac != null && keys.byId(keyId).map(key -> AuditKeys.mac(key, signedText(firstSequence, prevHash)))
                .filter(mac::equals).isPresent();
    }

    private static String signedText(long firstSequence, String prevHash) {
        return "retention-anchor;" + firstSequence + ";" + prevHash;
    }

    long firstSequence() {
        return firstSequence;
    }

    String prevHash() {
        return prevHash;
    }
}
