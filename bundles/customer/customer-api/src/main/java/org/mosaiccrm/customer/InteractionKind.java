package org.mosaiccrm.customer;

/** What kind of contact with a customer an interaction (跟进记录) records. */
public enum InteractionKind {
    CALL,
    EMAIL,
    MEETING,
    VISIT,
    NOTE
}
