package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.subscription.SubscriptionChangeService;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionView;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonBody;

/**
 * {@code /v1/customers/{id}/subscriptions}: a customer's subscriptions, through whichever partner
 * they were bought; changing one (quantity, suspend, reactivate) is for the partner it was bought
 * through, as on its page.
 */
@RequestScoped
@Path("v1/customers/{customerId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    /** What a suspension or a reactivation through the API gives as its reason. */
    static final String REASON = "through the API";

    @EJB
    CustomerQueries queries;

    @EJB
    SubscriptionChangeService changes;

    @GET
    public Response subscriptions(@PathParam("customerId") String customerId) {
        long customer = Ids.customer(customerId);
        return Response.ok(Collections.of(queries.subscriptions(customer).stream()
                .map(row -> SubscriptionJson.of(row, customer)).toList(), null).toString()).build();
    }

    @GET
    @Path("{subscriptionId}")
    public Response subscription(@PathParam("customerId") String customerId,
            @PathParam("subscriptionId") String subscriptionId) {
        long customer = Ids.customer(customerId);
        return Response.ok(SubscriptionJson.of(view(customer, subscriptionId).row(), customer).toString()).build();
    }

    /**
     * The whole subscription as the caller read it, with its changes: {@code quantity} and
     * {@code status} ({@code active} or {@code suspended}) are acted on; every other field is an
     * echo and is ignored. Answers the subscription as it is now.
     */
    @PATCH
    @Path("{subscriptionId}")
    public Response change(@PathParam("customerId") String customerId,
            @PathParam("subscriptionId") String subscriptionId, InputStream body) {
        long customer = Ids.customer(customerId);
        JsonBody json = JsonBody.read(body);
        Integer quantity = json.integer("quantity");
        String status = json.string("status");
        SubscriptionRow row = view(customer, subscriptionId).row();
        // The status as read comes back unchanged with every other echo; a new one must be one of these two.
        if (status != null && !status.equals(SubscriptionJson.status(row)) && !status.equals("active")
                && !status.equals("suspended")) {
            throw ApiProblem.badRequest("status must be active or suspended, not " + status);
        }
        Boolean active = status == null || status.equals(SubscriptionJson.status(row)) ? null : status.equals("active");
        if ((quantity != null && quantity != row.licenses()) || active != null) {
            changes.change(row.id(), row.version(), quantity == null || quantity == row.licenses() ? null : quantity,
                    active, REASON);
            row = view(customer, subscriptionId).row();
        }
        return Response.ok(SubscriptionJson.of(row, customer).toString()).build();
    }

    /** The subscription, if it is this customer's and the caller serves the customer; else 404. */
    private SubscriptionView view(long customer, String subscriptionId) {
        long id = Ids.parse(subscriptionId, "SUBSCRIPTION_NOT_FOUND", "Subscription " + subscriptionId + " was not found.");
        SubscriptionView view = changes.view(id);
        if (view.customerId() != customer) {
            throw ApiProblem.notFound("SUBSCRIPTION_NOT_FOUND", "Subscription " + subscriptionId + " was not found.");
        }
        return view;
    }
}
