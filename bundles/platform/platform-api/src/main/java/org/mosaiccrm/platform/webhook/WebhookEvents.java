package org.mosaiccrm.platform.webhook;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module offers its events to webhooks. While the module is
 * installed its events can be chosen for a subscription; when it goes they are no longer delivered,
 * and subscriptions keep naming them for when it comes back.
 */
@ConsumerType
public interface WebhookEvents {

    List<WebhookEvent> webhookEvents();
}
