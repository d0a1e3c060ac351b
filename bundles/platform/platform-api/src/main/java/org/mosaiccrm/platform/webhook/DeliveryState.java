package org.mosaiccrm.platform.webhook;

/** Where one delivery of an event to a subscription stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up after the last attempt; it can be sent again by hand. */
    FAILED
}
