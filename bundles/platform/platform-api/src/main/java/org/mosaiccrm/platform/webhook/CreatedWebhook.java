package org.mosaiccrm.platform.webhook;

/**
 * A subscription just made (or given a new secret), with its signing secret: shown this once.
 *
 * @param secret the key of the {@code X-Mosaic-Signature} HMAC-SHA256, {@code whsec_} and 43 characters
 */
public record CreatedWebhook(WebhookSubscription subscription, String secret) {

    @Override
    public String toString() {
        return "CreatedWebhook[" + subscription + ", secret=…]";
    }
}
