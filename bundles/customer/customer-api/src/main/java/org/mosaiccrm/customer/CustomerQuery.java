package org.mosaiccrm.customer;

/**
 * Which customers a list shows, and in which order. Null or empty criteria do not filter.
 *
 * @param text    prefix of the name, email or phone
 * @param tag     a tag the customer carries
 * @param ownerId the owner
 * @param stage   the lifecycle stage
 * @param grade   the value grade
 * @param region  the region (exact)
 * @param sort    the order; {@link CustomerSort#NAME} when null
 */
public record CustomerQuery(String text, String tag, Long ownerId, LifecycleStage stage, Grade grade, String region,
        CustomerSort sort) {

    /** Every customer in the caller's scope, by name. */
    public static final CustomerQuery ALL = new CustomerQuery(null, null, null, null, null, null, CustomerSort.NAME);

    public CustomerQuery {
        sort = sort == null ? CustomerSort.NAME : sort;
    }

    public CustomerQuery withText(String value) {
        return new CustomerQuery(value, tag, ownerId, stage, grade, region, sort);
    }

    public CustomerQuery withTag(String value) {
        return new CustomerQuery(text, value, ownerId, stage, grade, region, sort);
    }

    public CustomerQuery withOwner(Long value) {
        return new CustomerQuery(text, tag, value, stage, grade, region, sort);
    }

    public CustomerQuery withStage(LifecycleStage value) {
        return new CustomerQuery(text, tag, ownerId, value, grade, region, sort);
    }

    public CustomerQuery withGrade(Grade value) {
        return new CustomerQuery(text, tag, ownerId, stage, value, region, sort);
    }

    public CustomerQuery withRegion(String value) {
        return new CustomerQuery(text, tag, ownerId, stage, grade, value, sort);
    }

    public CustomerQuery withSort(CustomerSort value) {
        return new CustomerQuery(text, tag, ownerId, stage, grade, region, value);
    }
}
