package org.mosaiccrm.platform.security;

import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Record-level read of a record that may not exist, by its number. A record outside the
     * caller's scope is answered exactly as one that does not exist — empty, on the same path
     * (the scope is worked out either way), without an audit entry of its own — so that nobody
     * learns which records exist or counts them by trying numbers.
     *
     * @param record  the record as read, or empty when there is none
     * @param ownerId the owner of the record
     * @return the record when it exists and lies in the caller's scope
     * @throws AccessDeniedException when the permission is not granted at all
     */
    default <T> Optional<T> readable(String permission, Optional<T> record, Function<T, Long> ownerId) {
        OwnerFilter scope = ownerFilter(permission);
        return record.filter(found -> scope.includes(ownerId.apply(found)));
    }
}
