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
import org.mosaiccrm.platform.rest.ListPage;
import org.mosaiccrm.platform.rest.Versions;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.ProductService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** The price list over the API (an ERP keeps it in step): list, read, create, change. Through {@link ProductService}. */
@Component(service = ProductsResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    private final ProductService products;

    @Activate
    public ProductsResource(@Reference ProductService products) {
        this.products = products;
    }

    /** The whole price list (a price list is short); with {@code ?inactive=true} the retired products too. */
    @GET
    @Path("sales/products")
    public ListPage<Product> list(@QueryParam("inactive") boolean inactive) {
        return new ListPage<>(products.list(inactive), null);
    }

    @GET
    @Path("sales/products/{id}")
    public Response get(@PathParam("id") long id) {
        Product product = products.find(id).orElseThrow(NotFoundException::new);
        return Versions.ok(product, product.version());
    }

    @POST
    @Path("sales/products")
    public Response create(ProductInput input, @Context UriInfo uri) {
        Product created = products.create(Api.body(input));
        return Versions.created(uri, "sales/products", created.id(), created, created.version());
    }

    @PUT
    @Path("sales/products/{id}")
    public Response update(@PathParam("id") long id, ProductInput input, @Context HttpHeaders headers) {
        long version = Versions.ifMatch(headers);
        products.find(id).orElseThrow(NotFoundException::new);
        Product changed = products.update(id, Api.body(input), version);
        return Versions.ok(changed, changed.version());
    }
}
