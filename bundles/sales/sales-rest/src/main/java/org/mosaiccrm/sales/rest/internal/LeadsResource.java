package org.mosaiccrm.sales.rest.internal;

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
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.NewLead;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Leads over the API (a web shop's enquiry form, a trade-fair list): list by status, read, create,
 * change, convert into a customer and an opportunity, disqualify. Through {@link LeadService}.
 */
@Component(service = LeadsResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadsResource {

    private final LeadService leads;

    @Activate
    public LeadsResource(@Reference LeadService leads) {
        this.leads = leads;
    }

    @GET
    @Path("sales/leads")
    public ListPage<Lead> list(@QueryParam("status") String status, @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        Long afterId = Cursor.afterId(after);
        int size = Api.limit(limit);
        return ListPage.byId(leads.listAfter(Api.named(LeadStatus.class, "status", status), afterId, size), size, Lead::id);
    }

    @GET
    @Path("sales/leads/{id}")
    public Response get(@PathParam("id") long id) {
        Lead lead = visible(id);
        return Versions.ok(lead, lead.version());
    }

    @POST
    @Path("sales/leads")
    public Response create(NewLead input, @Context UriInfo uri) {
        Lead created = leads.create(Api.body(input));
        return Versions.created(uri, "sales/leads", created.id(), created, created.version());
    }

    @PUT
    @Path("sales/leads/{id}")
    public Response update(@PathParam("id") long id, NewLead input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Lead changed = leads.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    /** Converts the lead: a new customer (or {@code existingCustomerId}) and an opportunity; the lead names both after. */
    @POST
    @Path("sales/leads/{id}/convert")
    public Response convert(@PathParam("id") long id, LeadConversion input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Lead converted = leads.convert(id, Api.body(input), version);
        return Versions.ok(converted, converted.version());
    }

    @POST
    @Path("sales/leads/{id}/disqualify")
    public Response disqualify(@PathParam("id") long id, Reason input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Lead disqualified = leads.disqualify(id, Api.body(input).reason(), version);
        return Versions.ok(disqualified, disqualified.version());
    }

    private Lead visible(long id) {
        return leads.find(id).orElseThrow(NotFoundException::new);
    }
}
