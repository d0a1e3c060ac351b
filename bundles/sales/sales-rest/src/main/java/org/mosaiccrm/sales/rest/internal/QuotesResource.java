package org.mosaiccrm.sales.rest.internal;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.mosaiccrm.platform.text.Texts;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Quotes over the API: list by status, read (with lines and totals), the PDF in the caller's
 * language, create for an opportunity, change, send (refused while an approval is missing, as in the
 * UI), accept (the order it becomes), reject. Through {@link QuoteService}.
 */
@Component(service = QuotesResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotesResource {

    private final QuoteService quotes;
    private final OpportunityService opportunities;

    @Activate
    public QuotesResource(@Reference QuoteService quotes, @Reference OpportunityService opportunities) {
        this.quotes = quotes;
        this.opportunities = opportunities;
    }

    @GET
    @Path("sales/quotes")
    public ListPage<Quote> list(@QueryParam("status") String status, @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        Long afterId = Cursor.afterId(after);
        int size = Api.limit(limit);
        return ListPage.byId(quotes.listAfter(Api.named(QuoteStatus.class, "status", status), afterId, size), size, Quote::id);
    }

    @GET
    @Path("sales/quotes/{id}")
    public Response get(@PathParam("id") long id) {
        Quote quote = visible(id);
        return Versions.ok(quote, quote.version());
    }

    /** The quote as the customer receives it, in the language of {@code Accept-Language} (Chinese or English). */
    @GET
    @Path("sales/quotes/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Quote quote = visible(id);
        Locale language = Texts.supported(headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0));
        return Response.ok(quotes.pdf(id, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + quote.number() + ".pdf\"").build();
    }

    @POST
    @Path("sales/opportunities/{opportunityId}/quotes")
    public Response create(@PathParam("opportunityId") long opportunityId, QuoteDraft input, @Context UriInfo uri) {
        opportunities.find(opportunityId).orElseThrow(NotFoundException::new);
        Quote created = quotes.create(opportunityId, Api.body(input));
        return Versions.created(uri, "sales/quotes", created.id(), created, created.version());
    }

    @PUT
    @Path("sales/quotes/{id}")
    public Response update(@PathParam("id") long id, QuoteDraft input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Quote changed = quotes.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    @POST
    @Path("sales/quotes/{id}/send")
    public Response send(@PathParam("id") long id, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Quote sent = quotes.send(id, version);
        return Versions.ok(sent, sent.version());
    }

    /** The customer accepted: the quote becomes a sales order, answered with the order's address. */
    @POST
    @Path("sales/quotes/{id}/accept")
    public Response accept(@PathParam("id") long id, @Context HttpHeaders headers, @Context UriInfo uri) {
        long version = Versions.ifMatch(headers);
        visible(id);
        SalesOrder order = quotes.accept(id, version);
        return Versions.created(uri, "sales/orders", order.id(), order, order.version());
    }

    @POST
    @Path("sales/quotes/{id}/reject")
    public Response reject(@PathParam("id") long id, Reason input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Quote rejected = quotes.reject(id, Api.body(input).reason(), version);
        return Versions.ok(rejected, rejected.version());
    }

    private Quote visible(long id) {
        return quotes.find(id).orElseThrow(NotFoundException::new);
    }
}
