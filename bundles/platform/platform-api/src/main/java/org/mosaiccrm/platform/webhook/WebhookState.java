package org.mosaiccrm.platform.webhook;

/** Whether a subscription is delivered to. */
public enum WebhookState {
    /** Events are queued and delivered. */
    ACTIVE,
    /** Paused by hand or after repeated failure: events are still queued, and delivered once it is resumed. */
    PAUSED
}
