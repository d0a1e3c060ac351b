package org.mosaiccrm.customer;

import java.util.Set;

/**
 * An existing customer that looks like the one being entered. Customers outside the caller's
 * record scope are reported too (so nobody creates a second record of someone a colleague owns),
 * but without their name.
 *
 * @param customerId the existing customer
 * @param name       its name, or null when it lies outside the caller's record scope
 * @param reasons    what matched, never empty
 */
public record DuplicateMatch(long customerId, String name, Set<DuplicateReason> reasons) {

    public DuplicateMatch {
        reasons = Set.copyOf(reasons);
    }

    /** Whether the caller may open the existing customer. */
    public boolean visible() {
        return name != null;
    }
}
