package org.mosaiccrm.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides what the subject of the calling thread ({@link CurrentSubject}) may do. Every service
 * method starts with {@link #require} (function level) and, for a record, {@link #requireRecord}
 * (record level); lists are narrowed with {@link #ownerFilter}; sensitive fields are shown only when
 * {@link #isPermitted} grants their field permission. Refusals are written to the audit log.
 * Without a logged-in, enabled subject every check fails.
 */
@ProviderType
public interface AccessPolicy {

    /**
     * @param permission a permission id such as {@code customer.read}; an empty string needs none
     *                   but a logged-in user
     * @return whether the current subject holds it; never audits (for hiding UI elements)
     */
    boolean isPermitted(String permission);

    /**
     * @return the current subject
     * @throws AccessDeniedException (a {@link NotAuthenticatedException}) without one
     */
    Subject subject();

    /**
     * Function-level check.
     *
     * @return the current subject
     * @throws AccessDeniedException when the permission is not granted (audited)
     */
    Subject require(String permission);

    /**
     * Record-level check for one record owned by {@code ownerId}.
     *
     * @param recordRef what the record is, for the audit entry, e.g. {@code Customer#42}
     * @throws AccessDeniedException when the permission is not granted or the owner is out of scope
     */
    Subject requireRecord(String permission, Long ownerId, String recordRef);

    /**
     * The owners whose records the current subject reaches with {@code permission}.
     *
     * @throws AccessDeniedException when the permission is not granted at all
     */
    OwnerFilter ownerFilter(String permission);
}
