package org.mosaiccrm.platform.rest.internal;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.mosaiccrm.platform.webhook.CreatedWebhook;
import org.mosaiccrm.platform.webhook.NewWebhook;
import org.mosaiccrm.platform.webhook.WebhookDelivery;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookSubscription;
import org.mosaiccrm.platform.webhook.Webhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Webhook subscriptions over the API ({@code /api/v1/webhooks}), so that a system registers its own
 * receiver with its token: the same service, permission and checks as the Webhooks page.
 */
@Component(service = WebhooksResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    private static final int LOG_LIMIT = 200;

    private final Webhooks webhooks;

    @Activate
    public WebhooksResource(@Reference Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Path("webhooks")
    public ListPage<WebhookSubscription> list() {
        List<WebhookSubscription> all = webhooks.subscriptions();
        return new ListPage<>(all, null);
    }

    @GET
    @Path("webhooks/events")
    public ListPage<WebhookEvent> events() {
        return new ListPage<>(webhooks.events(), null);
    }

    @POST
    @Path("webhooks")
    public Response create(NewWebhook input, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(Api.body(input));
        return Versions.created(uri, "webhooks", created.subscription().id(), created, created.subscription().version());
    }

    @GET
    @Path("webhooks/{id}")
    public Response get(@PathParam("id") long id) {
        WebhookSubscription subscription = webhooks.subscription(id);
        return Versions.ok(subscription, subscription.version());
    }

    @PUT
    @Path("webhooks/{id}")
    public Response update(@PathParam("id") long id, NewWebhook input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        WebhookSubscription changed = webhooks.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    @DELETE
    @Path("webhooks/{id}")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("webhooks/{id}/pause")
    public Response pause(@PathParam("id") long id) {
        WebhookSubscription paused = webhooks.pause(id);
        return Versions.ok(paused, paused.version());
    }

    @POST
    @Path("webhooks/{id}/resume")
    public Response resume(@PathParam("id") long id) {
        WebhookSubscription resumed = webhooks.resume(id);
        return Versions.ok(resumed, resumed.version());
    }

    /** A new signing secret, answered this once. */
    @POST
    @Path("webhooks/{id}/secret")
    public CreatedWebhook newSecret(@PathParam("id") long id) {
        return webhooks.newSecret(id);
    }

    @POST
    @Path("webhooks/{id}/ping")
    public Response ping(@PathParam("id") long id) {
        return Response.accepted(webhooks.ping(id)).build();
    }

    @GET
    @Path("webhooks/{id}/deliveries")
    public ListPage<WebhookDelivery> deliveries(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        webhooks.subscription(id);
        return new ListPage<>(webhooks.deliveries(id, limit == null ? Api.DEFAULT_LIMIT : Math.min(Math.max(limit, 1), LOG_LIMIT)),
                null);
    }

    @POST
    @Path("webhooks/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(deliveryId)).build();
    }
}
