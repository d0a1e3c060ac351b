package org.mosaiccrm.customer;

/** Why an existing customer looks like the same one. */
public enum DuplicateReason {
    /** Same email address (case-insensitive). */
    EMAIL,
    /** Same phone number (digits only; a +86 / 0086 prefix of a mainland mobile is ignored). */
    PHONE,
    /**
     * Same name once normalised: case, width, spaces, punctuation and legal-form suffixes such as
     * 有限公司 or "Co., Ltd." ignored.
     */
    NAME
}
