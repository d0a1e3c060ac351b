package org.mosaiccrm.customer.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Contacts over the API: a customer's contacts by name, one contact with its ETag, create, change
 * (If-Match), delete. Through {@link ContactService}: the contact's customer decides who may see and
 * change it; one outside the caller's scope reads as none (404).
 */
@Component(service = ContactsResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final ContactService contacts;
    private final CustomerService customers;

    @Activate
    public ContactsResource(@Reference ContactService contacts, @Reference CustomerService customers) {
        this.contacts = contacts;
        this.customers = customers;
    }

    /** A customer's contacts by name; {@code next} counts the contacts given so far (a customer has few). */
    @GET
    @Path("customer/customers/{customerId}/contacts")
    public ListPage<Contact> ofCustomer(@PathParam("customerId") long customerId, @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        customers.find(customerId).orElseThrow(NotFoundException::new);
        int offset = Cursor.position(after);
        int size = Api.limit(limit);
        return ListPage.byPosition(contacts.ofCustomer(customerId, offset, size), offset, size);
    }

    @GET
    @Path("customer/contacts/{id}")
    public Response get(@PathParam("id") long id) {
        Contact contact = visible(id);
        return Versions.ok(contact, contact.version());
    }

    @POST
    @Path("customer/contacts")
    public Response create(NewContact input, @Context UriInfo uri) {
        Contact created = contacts.create(Api.body(input));
        return Versions.created(uri, "customer/contacts", created.id(), created, created.version());
    }

    @PUT
    @Path("customer/contacts/{id}")
    public Response update(@PathParam("id") long id, NewContact input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        visible(id);
        Contact changed = contacts.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }

    @DELETE
    @Path("customer/contacts/{id}")
    public Response delete(@PathParam("id") long id) {
        visible(id);
        contacts.delete(id);
        return Response.noContent().build();
    }

    private Contact visible(long id) {
        return contacts.find(id).orElseThrow(NotFoundException::new);
    }
}
