package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.TransferRow;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;

/**
 * {@code /v1/transfers}: subscription transfer requests, Partner Hub's own resource. A partner
 * that acts for the customer asks for subscriptions another partner holds ({@code customerId},
 * {@code subscriptionIds}); the partner of record approves or rejects (with a {@code reason}).
 * Both see the request, {@code incoming} for the one that decides. Once per
 * {@code MS-RequestId}.
 */
@RequestScoped
@Path("v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @EJB
    SubscriptionTransferService transfers;

    @EJB
    ApiRequestService requests;

    @GET
    public Response transfers(@QueryParam("size") String size, @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        KeysetPage<TransferRow> page = transfers.page(
                Paging.continuation(seekOperation, continuation), pageSize);
        return Paging.answer(page, pageSize, "transfers", row -> json(row).build());
    }

    @GET
    @Path("{transferId}")
    public Response transfer(@PathParam("transferId") String transferId) {
        return answer(transfers.transfer(id(transferId)));
    }

    @POST
    public Response request(InputStream body, @HeaderParam("MS-RequestId") String requestId) {
        JsonBody json = JsonBody.read(body);
        Long customer = Ids.inBody(json, "customerId");
        if (customer == null) {
            throw new ApiProblem(400, "BAD_REQUEST", "customerId is required.", List.of("customerId"));
        }
        List<Long> subscriptions = subscriptionIds(json.array("subscriptionIds"));
        Long provider = Ids.inBody(json, OrdersResource.PROVIDER);
        return Idempotency.once(requests, requestId, "POST v1/transfers", () -> {
            try {
                return new ApiAnswer(201, json(transfers.transfer(transfers.request(customer, subscriptions, provider)))
                        .build().toString());
            } catch (BusinessException refusal) {
                throw refusal.renamingField("provider", OrdersResource.PROVIDER);
            }
        });
    }

    /** Moves every requested subscription to the partner that asked, in one transaction. */
    @POST
    @Path("{transferId}/approve")
    public Response approve(@PathParam("transferId") String transferId) {
        long id = id(transferId);
        transfers.approve(id);
        return answer(transfers.transfer(id));
    }

    @POST
    @Path("{transferId}/reject")
    public Response reject(@PathParam("transferId") String transferId, InputStream body) {
        long id = id(transferId);
        String reason = JsonBody.readOptional(body).string("reason");
        if (reason == null || reason.isBlank()) {
            throw new ApiProblem(400, "BAD_REQUEST", "reason is required: the partner that asked reads it.",
                    List.of("reason"));
        }
        transfers.reject(id, reason);
        return answer(transfers.transfer(id));
    }

    private static Response answer(TransferRow row) {
        return Response.ok(json(row).build().toString()).build();
    }

    static JsonObjectBuilder json(TransferRow row) {
        JsonArrayBuilder subscriptions = JsonFactory.array();
        row.subscriptionIds().forEach(id -> subscriptions.add(String.valueOf(id)));
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(row.id()))
                .add("direction", row.incoming() ? "incoming" : "outgoing")
                .add("customer", JsonFactory.object().add("id", String.valueOf(row.customerId()))
                        .add("companyName", row.customerName()))
                .add(row.incoming() ? "requestedByPartner" : "partnerOfRecord", row.otherPartnerName())
                .add("subscriptionIds", subscriptions)
                .add("description", row.subscriptions(Locale.ENGLISH))
                .add("status", Fields.wire(row.status()))
                .add("requestedByUser", row.requestedBy())
                .add("requestedAt", Dates.utc(row.requestedAt()))
                .add("expiresAt", Dates.utc(row.expiresAt()));
        Fields.text(json, "decidedByUser", row.decidedBy());
        Fields.text(json, "decisionReason", row.decisionReason());
        Fields.text(json, "viaProvider", row.viaProviderName());
        return json.add("links", Links.self("transfers/" + row.id()))
                .add("attributes", Links.type("SubscriptionTransfer"));
    }

    private static List<Long> subscriptionIds(JsonArray ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ApiProblem(400, "BAD_REQUEST", "subscriptionIds must hold at least one subscription id.",
                    List.of("subscriptionIds"));
        }
        List<Long> read = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "subscriptionIds[" + i + "]";
            if (!(ids.get(i) instanceof JsonString id)) {
                throw new ApiProblem(400, "BAD_REQUEST", field + " must be a string.", List.of(field));
            }
            read.add(Ids.inBody(field, id.getString()));
        }
        return read;
    }

    private static long id(String id) {
        return Ids.parse(id, "TRANSFER_NOT_FOUND", "Transfer " + id + " was not found.");
    }
}
