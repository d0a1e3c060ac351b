package org.mosaiccrm.customer;

/** A contact's part in the customer's buying decision. */
public enum BuyingRole {
    /** Signs off (决策者). */
    DECISION_MAKER,
    /** Shapes the decision (影响者). */
    INFLUENCER,
    /** Judges the technical fit. */
    TECHNICAL,
    /** Will use what is bought. */
    USER,
    /** Controls access to the others. */
    GATEKEEPER,
    OTHER
}
