package org.mosaiccrm.customer;

import java.time.Instant;

/**
 * A customer as other bundles see it.
 *
 * @param id      its id; other modules keep this, never the row
 * @param name    company or person name
 * @param type    company or person
 * @param email   main email, may be empty
 * @param phone   main phone, may be empty
 * @param city    city, may be empty
 * @param taxId   tax id, empty when none or when the user may not see it ({@link CustomerService#PERMISSION_TAX_ID})
 * @param ownerId the user responsible for the customer (decides record scope)
 * @param created when it was entered
 * @param version for optimistic locking: pass it back to {@link CustomerService#update}
 */
public record Customer(long id, String name, CustomerType type, String email, String phone, String city, String taxId,
        long ownerId, Instant created, long version) {
}
