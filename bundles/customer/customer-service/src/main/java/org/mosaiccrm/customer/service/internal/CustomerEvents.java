package org.mosaiccrm.customer.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The customer events other modules and webhooks hear of, posted after the change is stored. They
 * say which customer and its name; a receiver reads the rest through the API, as far as it may.
 */
@Component(service = { CustomerEvents.class, WebhookEvents.class })
public class CustomerEvents implements WebhookEvents {

    static final String CREATED = EventTopics.topic(CustomerDatabase.MODULE_ID, "Customer", EventTopics.CREATED);
    static final String UPDATED = EventTopics.topic(CustomerDatabase.MODULE_ID, "Customer", EventTopics.UPDATED);
    static final String MERGED = EventTopics.topic(CustomerDatabase.MODULE_ID, "Customer", EventTopics.MERGED);

    private final EventAdmin eventAdmin;

    @Activate
    public CustomerEvents(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public List<WebhookEvent> webhookEvents() {
        return List.of(new WebhookEvent("customer.customer.created", CREATED, CustomerService.PERMISSION_READ,
                        "customer.webhook.created"),
                new WebhookEvent("customer.customer.updated", UPDATED, CustomerService.PERMISSION_READ, "customer.webhook.updated"),
                new WebhookEvent("customer.customer.merged", MERGED, CustomerService.PERMISSION_READ, "customer.webhook.merged"));
    }

    void created(Customer customer) {
        post(CREATED, customer, Map.of());
    }

    void updated(Customer customer) {
        post(UPDATED, customer, Map.of());
    }

    /** {@code survivor} took over {@code mergedId}, which is gone. */
    void merged(Customer survivor, long mergedId) {
        post(MERGED, survivor, Map.of("mergedId", mergedId));
    }

    private void post(String topic, Customer customer, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", customer.id());
        data.put("name", customer.name());
        data.put("ownerId", customer.ownerId());
        data.put("version", customer.version());
        data.putAll(more);
        eventAdmin.postEvent(new Event(topic, EventTopics.recordProperties(customer.id(), customer.ownerId(), data)));
    }
}
