package org.mosaiccrm.sales.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** Sales orders over the API (the ERP takes them over): list by status, read, advance, cancel. Through {@link OrderService}. */
@Component(service = OrdersResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private final OrderService orders;

    @Activate
    public OrdersResource(@Reference OrderService orders) {
        this.orders = orders;
    }

    @GET
    @Path("sales/orders")
    public ListPage<SalesOrder> list(@QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        Long afterId = Cursor.afterId(after);
        int size = Api.limit(limit);
        return ListPage.byId(orders.listAfter(Api.named(OrderStatus.class, "status", status), afterId, size), size, SalesOrder::id);
    }

    @GET
    @Path("sales/orders/{id}")
    public Response get(@PathParam("id") long id) {
        SalesOrder order = visible(id);
        return Versions.ok(order, order.version());
    }

    /** Moves the order one step on (confirmed, delivered, …). */
    @POST
    @Path("sales/orders/{id}/advance")
    public Response advance(@PathParam("id") long id, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        SalesOrder advanced = orders.advance(id, version);
        return Versions.ok(advanced, advanced.version());
    }

    @POST
    @Path("sales/orders/{id}/cancel")
    public Response cancel(@PathParam("id") long id, Reason input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        SalesOrder cancelled = orders.cancel(id, Api.body(input).reason(), version);
        return Versions.ok(cancelled, cancelled.version());
    }

    private SalesOrder visible(long id) {
        return orders.find(id).orElseThrow(NotFoundException::new);
    }
}
