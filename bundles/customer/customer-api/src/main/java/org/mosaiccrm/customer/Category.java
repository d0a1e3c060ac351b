package org.mosaiccrm.customer;

/** Free-text classifications whose values in use are offered as suggestions. */
public enum Category {
    INDUSTRY,
    REGION,
    SOURCE,
    TAG
}
