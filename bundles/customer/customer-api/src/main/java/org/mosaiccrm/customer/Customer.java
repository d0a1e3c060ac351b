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
 * @param created when it was entered
 */
public record Customer(long id, String name, CustomerType type, String email, String phone, String city, Instant created) {
}
