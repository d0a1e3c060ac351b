package org.mosaiccrm.customer.service.internal;

import java.util.NoSuchElementException;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessPolicy;

/**
 * Contacts and interactions belong to a customer and share its record scope: reaching one means
 * reaching its customer under the permission in question.
 */
public final class CustomerScope {

    private CustomerScope() {
    }

    /**
     * The customer, after checking the caller reaches it under {@code permission}.
     *
     * @throws InputRefusedException when it does not exist (a bad reference in the input)
     */
    public static CustomerEntity require(EntityManager em, AccessPolicy policy, String permission, long customerId) {
        CustomerEntity customer = em.find(CustomerEntity.class, customerId);
        if (customer == null) {
            throw new InputRefusedException("customerId", "customer.error.notFound");
        }
        policy.requireRecord(permission, customer.ownerId(), JpaCustomerService.RECORD_TYPE + "#" + customerId);
        return customer;
    }

    /** Like {@link #require} for a record that must exist (an id from a link, not from input). */
    public static CustomerEntity requireExisting(EntityManager em, AccessPolicy policy, String permission, long customerId) {
        CustomerEntity customer = em.find(CustomerEntity.class, customerId);
        if (customer == null) {
            throw new NoSuchElementException("customer.error.notFound");
        }
        policy.requireRecord(permission, customer.ownerId(), JpaCustomerService.RECORD_TYPE + "#" + customerId);
        return customer;
    }
}
