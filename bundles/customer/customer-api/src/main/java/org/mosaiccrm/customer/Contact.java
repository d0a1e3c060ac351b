package org.mosaiccrm.customer;

/**
 * A person at a customer (联系人). Text fields are never null.
 *
 * @param id               its id
 * @param customerId       the customer it belongs to (its owner decides the record scope)
 * @param name             full name
 * @param title            job title
 * @param role             part in the buying decision, null when unknown
 * @param phone            office phone
 * @param mobile           mobile phone
 * @param email            email
 * @param preferredChannel how to reach the person, null when no preference
 * @param notes            free notes
 * @param version          for optimistic locking
 */
public record Contact(long id, long customerId, String name, String title, BuyingRole role, String phone, String mobile,
        String email, Channel preferredChannel, String notes, long version) {
}
