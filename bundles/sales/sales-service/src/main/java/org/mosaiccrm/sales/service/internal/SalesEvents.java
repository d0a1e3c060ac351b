package org.mosaiccrm.sales.service.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookEvents;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.SalesOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The sales events other modules and webhooks hear of, posted after the change is stored: an
 * opportunity won (by hand or by an accepted quote) or lost, and an order created. They name the
 * record, its customer and amount; a receiver reads the rest through the API.
 */
@Component(service = { SalesEvents.class, WebhookEvents.class })
public class SalesEvents implements WebhookEvents {

    static final String OPPORTUNITY_WON = EventTopics.topic(OpportunityService.MODULE_ID, "Opportunity", "WON");
    static final String OPPORTUNITY_LOST = EventTopics.topic(OpportunityService.MODULE_ID, "Opportunity", "LOST");
    static final String ORDER_CREATED = EventTopics.topic(OpportunityService.MODULE_ID, "SalesOrder", EventTopics.CREATED);

    private final EventAdmin eventAdmin;

    @Activate
    public SalesEvents(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public List<WebhookEvent> webhookEvents() {
        return List.of(
                new WebhookEvent("sales.opportunity.won", OPPORTUNITY_WON, OpportunityService.PERMISSION_READ, "sales.webhook.won"),
                new WebhookEvent("sales.opportunity.lost", OPPORTUNITY_LOST, OpportunityService.PERMISSION_READ, "sales.webhook.lost"),
                new WebhookEvent("sales.order.created", ORDER_CREATED, OrderService.PERMISSION_READ, "sales.webhook.orderCreated"));
    }

    public void won(Opportunity opportunity) {
        post(OPPORTUNITY_WON, opportunity);
    }

    public void lost(Opportunity opportunity) {
        post(OPPORTUNITY_LOST, opportunity);
    }

    private void post(String topic, Opportunity opportunity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", opportunity.id());
        data.put("name", opportunity.name());
        data.put("customerId", opportunity.customerId());
        data.put("amount", opportunity.amount());
        data.put("currency", opportunity.currency());
        data.put("ownerId", opportunity.ownerId());
        if (!opportunity.lostReason().isEmpty()) {
            data.put("lostReason", opportunity.lostReason());
        }
        data.put("version", opportunity.version());
        eventAdmin.postEvent(new Event(topic, EventTopics.recordProperties(opportunity.id(), opportunity.ownerId(), data)));
    }

    public void orderCreated(SalesOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", order.id());
        data.put("number", order.number());
        data.put("customerId", order.customerId());
        data.put("opportunityId", order.opportunityId());
        data.put("quoteId", order.quoteId());
        data.put("total", order.total());
        data.put("currency", order.currency());
        data.put("ownerId", order.ownerId());
        data.put("version", order.version());
        eventAdmin.postEvent(new Event(ORDER_CREATED, EventTopics.recordProperties(order.id(), order.ownerId(), data)));
    }
}
