package org.mosaiccrm.platform.webhook;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The webhook subscriptions and their delivery log. Whoever holds {@link #PERMISSION_ADMINISTER} makes
 * subscriptions (they hear of records as far as they may read them), sees every subscription, pauses,
 * resumes and removes them. Bad input is refused with an {@code InputRefusedException} naming the field.
 */
@ProviderType
public interface Webhooks {

    String PERMISSION_ADMINISTER = "platform.webhooks.administer";

    /** The events the installed modules offer, by name. */
    List<WebhookEvent> events();

    /**
     * Makes a subscription owned by the caller. The caller must be allowed to read what each event is
     * about; a receiver on this machine's loopback is refused unless the operator allowed it.
     */
    CreatedWebhook create(NewWebhook webhook);

    /** Changes name, address and events of a subscription read at {@code version}. */
    WebhookSubscription update(long id, NewWebhook webhook, long version);

    /** A new secret for a subscription, shown once; the old one stops signing at once. */
    CreatedWebhook newSecret(long id);

    /** Every subscription, newest first. */
    List<WebhookSubscription> subscriptions();

    /** One subscription. @throws java.util.NoSuchElementException when there is none */
    WebhookSubscription subscription(long id);

    /** Pauses a subscription: events wait for it. */
    WebhookSubscription pause(long id);

    /** Resumes a subscription: what waited is delivered, the count of failures starts again. */
    WebhookSubscription resume(long id);

    /** Removes a subscription with its delivery log. */
    void delete(long id);

    /** The newest deliveries of a subscription. */
    List<WebhookDelivery> deliveries(long subscriptionId, int limit);

    /** Queues a failed delivery again, to be tried at once. */
    WebhookDelivery redeliver(long deliveryId);

    /** Queues a {@code platform.webhook.ping} event for the subscription, to try the receiver. */
    WebhookDelivery ping(long id);
}
