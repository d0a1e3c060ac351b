package org.mosaiccrm.customer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer as other bundles see it. Text fields are never null (empty when not set).
 *
 * @param id       its id; other modules keep this, never the row
 * @param name     company or person name
 * @param type     company or person
 * @param industry industry (行业), free text with suggestions
 * @param size     head count band, null when unknown
 * @param source   where the customer came from (e.g. trade fair, website)
 * @param stage    lifecycle stage
 * @param grade    value grade, null when not graded
 * @param region   sales region (区域)
 * @param city     city
 * @param address  postal address
 * @param email    main email
 * @param phone    main phone
 * @param contactPoints further addresses, phones and emails, in the user's order
 * @param website  web site
 * @param taxId    tax id, empty when none or when the user may not see it ({@link CustomerService#PERMISSION_TAX_ID})
 * @param parentId the parent company, null when none
 * @param notes    free notes
 * @param tags     tags (标签), lower-case
 * @param ownerId  the user responsible for the customer (decides record scope)
 * @param created  when it was entered
 * @param version  for optimistic locking: pass it back to {@link CustomerService#update}
 */
public record Customer(long id, String name, CustomerType type, String industry, CompanySize size, String source,
        LifecycleStage stage, Grade grade, String region, String city, String address, String email, String phone,
        List<ContactPoint> contactPoints, String website, String taxId, Long parentId, String notes, Set<String> tags,
        long ownerId, Instant created, long version) {

    public Customer {
        tags = Set.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /** A customer without further contact points (the shape of API 3.1). */
    public Customer(long id, String name, CustomerType type, String industry, CompanySize size, String source,
            LifecycleStage stage, Grade grade, String region, String city, String address, String email, String phone,
            String website, String taxId, Long parentId, String notes, Set<String> tags, long ownerId, Instant created,
            long version) {
        this(id, name, type, industry, size, source, stage, grade, region, city, address, email, phone, List.of(),
                website, taxId, parentId, notes, tags, ownerId, created, version);
    }
}
