package org.mosaiccrm.platform.security;

import java.util.Set;

/**
 * The owners whose records a query may return: all records, or those owned by one of {@link
 * #ownerIds()}. Services add it to their queries ({@code where owner in :owners}).
 *
 * @param all      whether every record is in scope
 * @param ownerIds the owners in scope when not {@code all}
 */
public record OwnerFilter(boolean all, Set<Long> ownerIds) {

    public OwnerFilter {
        ownerIds = all ? Set.of() : Set.copyOf(ownerIds);
    }

    public static OwnerFilter everyone() {
        return new OwnerFilter(true, Set.of());
    }

    public static OwnerFilter owners(Set<Long> ownerIds) {
        return new OwnerFilter(false, ownerIds);
    }

    public boolean includes(Long ownerId) {
        return all || ownerId != null && ownerIds.contains(ownerId);
    }
}
