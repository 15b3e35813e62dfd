package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.partnerhub.customer.CustomerPage;
import org.partnerhub.customer.CustomerQueries;

/** {@code /v1/customers}: the caller's customers, those it has an active relationship with. */
@RequestScoped
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @EJB
    CustomerQueries queries;

    /**
     * The caller's customers, at most {@code size} (1 to 500; 0 or none: 500) a page, by id. A
     * {@code filter} (Partner Center's JSON: {@code StartsWith} on {@code CompanyName} or
     * {@code Domain}) keeps those that start with its value. When more follow, {@code links.next}
     * says how to ask for them: {@code customers?size=N&seekOperation=Next} with the header
     * {@code MS-ContinuationToken}, which also carries the filter.
     */
    @GET
    public Response customers(@QueryParam("size") String size, @QueryParam("filter") String filter,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam("MS-ContinuationToken") String continuation) {
        int pageSize = Paging.size(size);
        boolean next = Paging.isNext(seekOperation);
        CustomerPage page = queries.page(next ? Paging.required(continuation) : null, pageSize,
                next ? null : CustomerFilter.read(filter));
        return Response.ok(Collections.of(page.items().stream().map(CustomerJson::of).toList(),
                page.next() == null ? null : Paging.next("customers", pageSize, page.next())).toString()).build();
    }

    /** One customer; another partner's, an unknown id or one that is no id at all: 404. */
    @GET
    @Path("{customerId}")
    public Response customer(@PathParam("customerId") String customerId) {
        return Response.ok(CustomerJson.of(queries.account(Ids.customer(customerId))).toString()).build();
    }
}
