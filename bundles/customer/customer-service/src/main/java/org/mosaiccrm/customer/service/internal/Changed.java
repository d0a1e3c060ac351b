package org.mosaiccrm.customer.service.internal;

import java.util.Map;

import org.mosaiccrm.platform.audit.AuditEvent;

/**
 * An entity changed in a transaction and the audit event that describes the change, taken inside
 * the transaction and recorded once it has committed (a rolled-back change is never audited).
 */
public record Changed<E>(E entity, AuditEvent event) {

    public static <E> Changed<E> updated(E entity, String recordType, Object id, Map<String, Object> before,
            Map<String, Object> after) {
        return new Changed<>(entity, AuditEvent.updated(CustomerDatabase.MODULE_ID, recordType, id, before, after));
    }
}
