package org.mosaiccrm.customer.csv;

import java.util.Locale;

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
    OTHER_EMAILS,
    /** The customer's first contact (联系人), added with the customer. @since 1.2 */
    CONTACT_NAME,
    /** @since 1.2 */
    CONTACT_TITLE,
    /** The first contact's mobile. @since 1.2 */
    CONTACT_PHONE,
    /** @since 1.2 */
    CONTACT_EMAIL;

    /** Whether the field fills the customer's first contact rather than the customer. @since 1.2 */
    public boolean ofContact() {
        return name().startsWith("CONTACT_");
    }

    /** The i18n key of the field's label: the customer field it fills ({@code TAX_ID} -> {@code customer.field.taxId}). @since 2.0 */
    public String labelKey() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("customer.field.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
