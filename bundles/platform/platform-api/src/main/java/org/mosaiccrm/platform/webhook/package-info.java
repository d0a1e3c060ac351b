/**
 * Webhooks: a system outside the CRM subscribes to events of the installed modules and is told of
 * each over HTTP(S), signed with the subscription's secret (HMAC-SHA256), from an outbox that retries
 * with back-off. Modules offer their events through {@link org.mosaiccrm.platform.webhook.WebhookEvents}
 * and post them with EventAdmin ({@link org.mosaiccrm.platform.event.EventTopics#recordProperties});
 * {@link org.mosaiccrm.platform.webhook.Webhooks} keeps the subscriptions. See docs/api.md, "Webhooks".
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.webhook;
