package org.mosaiccrm.customer.csv;

/**
 * The customer fields a column of an import file can fill. A column of further addresses, phones or
 * emails holds several, separated by {@code ;} or line breaks, each optionally with its label
 * before a colon ({@code "billing: 上海市…"}).
 */
public enum ImportField {
    NAME, TYPE, STAGE, GRADE, INDUSTRY, SIZE, SOURCE, REGION, CITY, ADDRESS, EMAIL, PHONE, WEBSITE, TAX_ID, TAGS, NOTES,
    /** @since 1.1 */
    OTHER_ADDRESSES,
    /** @since 1.1 */
    OTHER_PHONES,
    /** @since 1.1 */
    OTHER_EMAILS
}
