package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.PlacedOrder;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;

/**
 * {@code POST /v1/customers/{id}/orders}: an order of one or more offers (by catalog code) for
 * one of the caller's customers, each line a new subscription. Partner Center's
 * {@code totalPrice} and every other echo are ignored. Once per {@code MS-RequestId}. An
 * indirect reseller names the partnered provider that buys in {@code indirectProviderId} (its
 * {@code id} in {@code GET /v1/relationships}), a field of Partner Hub's: Partner Center lets no
 * indirect reseller order.
 */
@RequestScoped
@Path("v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    /** The body field in which an indirect reseller names the provider that buys (also for transfers). */
    static final String PROVIDER = "indirectProviderId";

    @EJB
    SubscriptionService subscriptions;

    @EJB
    OfferCatalogService catalog;

    @EJB
    ApiRequestService requests;

    @POST
    public Response order(@PathParam("customerId") String customerId, InputStream body,
            @HeaderParam("MS-RequestId") String requestId) {
        long customer = Ids.customer(customerId);
        JsonBody json = JsonBody.read(body);
        String reference = json.string("referenceCustomerId");
        if (reference != null && !reference.equals(customerId)) {
            throw ApiProblem.badRequest("referenceCustomerId " + reference + " is not the customer in the path, " + customerId);
        }
        JsonArray items = json.array("lineItems");
        if (items == null || items.isEmpty()) {
            throw ApiProblem.badRequest("lineItems must hold at least one line.");
        }
        Map<String, OfferRow> offers = catalog.offers().stream()
                .collect(Collectors.toMap(offer -> offer.code().toUpperCase(Locale.ROOT), offer -> offer));
        List<OrderLine> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonBody item = json.item("lineItems", i);
            String offerId = item.string("offerId");
            Integer quantity = item.integer("quantity");
            if (offerId == null || quantity == null) {
                throw ApiProblem.badRequest("lineItems[" + i + "] needs an offerId and a quantity.");
            }
            OfferRow offer = offers.get(offerId.trim().toUpperCase(Locale.ROOT));
            if (offer == null) {
                throw ApiProblem.badRequest("lineItems[" + i + "].offerId " + offerId + " is not an offer this partner sells.");
            }
            if (!offer.allows(quantity)) {
                throw ApiProblem.badRequest("lineItems[" + i + "].quantity must be from " + offer.minLicenses() + " to "
                        + offer.maxLicenses() + " for " + offer.names().en() + ", not " + quantity + ".");
            }
            lines.add(new OrderLine(offer.id(), quantity));
            Integer number = item.integer("lineItemNumber");
            numbers.add(number == null ? i : number);
        }
        String cycle = json.string("billingCycle");
        Long provider = Ids.inBody(json, PROVIDER);
        return Idempotency.once(requests, requestId, "POST v1/customers/" + customer + "/orders", () -> {
            try {
                PlacedOrder placed = subscriptions.addSubscriptions(customer, lines, null, provider);
                return new ApiAnswer(201, json(placed, customerId, numbers, cycle).toString());
            } catch (BusinessException refusal) {
                throw refusal.renamingField("provider", PROVIDER);
            }
        });
    }

    static JsonObject json(PlacedOrder order, String customerId, List<Integer> numbers, String askedCycle) {
        JsonArrayBuilder items = JsonFactory.array();
        for (int i = 0; i < order.lines().size(); i++) {
            PlacedOrder.Line line = order.lines().get(i);
            items.add(JsonFactory.object()
                    .add("lineItemNumber", numbers.get(i))
                    .add("offerId", line.offerCode())
                    .add("subscriptionId", String.valueOf(line.subscriptionId()))
                    .add("quantity", line.licenses())
                    .add("termDuration", line.billingCycle().name().equals("ANNUAL") ? "P1Y" : "P1M")
                    .add("links", JsonFactory.object().add("subscription",
                            Links.link("customers/" + customerId + "/subscriptions/" + line.subscriptionId())))
                    .add("attributes", Links.type("OrderLineItem")));
        }
        String cycle = askedCycle != null && List.of("monthly", "annual").contains(askedCycle) ? askedCycle
                : order.lines().get(0).billingCycle().name().toLowerCase(Locale.ROOT);
        return JsonFactory.object()
                .add("id", String.valueOf(order.id()))
                .add("referenceCustomerId", customerId)
                .add("billingCycle", cycle)
                .add("creationDate", Dates.utc(order.submittedAt()))
                .add("status", "completed")
                .add("transactionType", "UserPurchase")
                .add("lineItems", items)
                .add("links", Links.self("customers/" + customerId + "/orders/" + order.id()))
                .add("attributes", Links.type("Order"))
                .build();
    }
}
