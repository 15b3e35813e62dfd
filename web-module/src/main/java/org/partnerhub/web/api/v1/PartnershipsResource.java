package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.partnership.PartnershipLink;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.partnership.PartnershipRow;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.partnership.PartnershipStatus;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.PersonalLinks;

/**
 * {@code /v1/partnerships}: Partner Hub's own resource for what Partner Center has no shape for,
 * the caller's partnerships with indirect providers or resellers. Listed newest request first
 * in continuation pages; requested by the other side's MPN ID (a provider's request answers with
 * the personal link for the reseller, once); accepted, declined, revoked and ended by POSTs on
 * the partnership, each answering it as it now stands.
 */
@RequestScoped
@Path("v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipsResource {

    @EJB
    PartnershipQueries queries;

    @EJB
    PartnershipService partnerships;

    @EJB
    ApiRequestService requests;

    @Context
    HttpServletRequest request;

    @GET
    public Response partnerships(@QueryParam("status") String status, @QueryParam("size") String size,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        String from = Paging.continuation(seekOperation, continuation);
        KeysetPage<PartnershipRow> page = from != null ? queries.page(null, from, pageSize)
                : queries.page(Fields.parse(PartnershipStatus.class, "status", status), null, pageSize);
        return Paging.answer(page, pageSize, "partnerships", row -> json(row).build());
    }

    @GET
    @Path("{partnershipId}")
    public Response partnership(@PathParam("partnershipId") String partnershipId) {
        return answer(queries.partnership(id(partnershipId)));
    }

    /**
     * A provider asks a reseller ({@code resellerEmail}, with {@code resellerMpnId} if it has it;
     * or {@code resellerMpnId} alone, to the reseller's profile contact), a reseller a provider
     * ({@code providerMpnId}). Once per {@code MS-RequestId}.
     */
    @POST
    public Response request(InputStream body, @HeaderParam("MS-RequestId") String requestId) {
        JsonBody json = JsonBody.read(body);
        String reseller = json.string("resellerMpnId");
        String email = json.string("resellerEmail");
        String provider = json.string("providerMpnId");
        if ((reseller == null && email == null) == (provider == null)) {
            throw new ApiProblem(400, "BAD_REQUEST", "Send either resellerEmail and/or resellerMpnId (a provider asking a"
                    + " reseller) or providerMpnId (a reseller asking a provider).",
                    List.of("resellerEmail", "resellerMpnId", "providerMpnId"));
        }
        return Idempotency.once(requests, requestId, "POST v1/partnerships", () -> {
            if (reseller != null || email != null) {
                PartnershipLink link;
                try {
                    link = email == null ? partnerships.requestReseller(reseller)
                            : partnerships.requestResellerByEmail(email, reseller);
                } catch (BusinessException refusal) {
                    throw refusal.renamingField("mpnId", "resellerMpnId").renamingField("email", "resellerEmail");
                }
                return new ApiAnswer(201, json(queries.partnership(link.partnershipId()))
                        .add("requestLink", JsonFactory.object()
                                .add("url", PersonalLinks.partnershipRequest(request, link.token()))
                                .add("expiresAt", Dates.utc(link.expiresAt())))
                        .build().toString());
            }
            return new ApiAnswer(201, json(queries.partnership(partnerships.requestProviderWithMpnId(provider)))
                    .build().toString());
        });
    }

    /** Accepts a request the other side made. */
    @POST
    @Path("{partnershipId}/accept")
    public Response accept(@PathParam("partnershipId") String partnershipId) {
        long id = id(partnershipId);
        partnerships.accept(id);
        return answer(queries.partnership(id));
    }

    @POST
    @Path("{partnershipId}/decline")
    public Response decline(@PathParam("partnershipId") String partnershipId, InputStream body) {
        long id = id(partnershipId);
        partnerships.decline(id, JsonBody.readOptional(body).string("reason"));
        return answer(queries.partnership(id));
    }

    /** Withdraws the caller's own pending request. */
    @POST
    @Path("{partnershipId}/revoke")
    public Response revoke(@PathParam("partnershipId") String partnershipId) {
        long id = id(partnershipId);
        partnerships.revoke(id);
        return answer(queries.partnership(id));
    }

    /** Ends an active partnership, with an optional {@code reason}; customers and relationships stay. */
    @POST
    @Path("{partnershipId}/end")
    public Response end(@PathParam("partnershipId") String partnershipId, InputStream body) {
        long id = id(partnershipId);
        partnerships.end(id, JsonBody.readOptional(body).string("reason"));
        return answer(queries.partnership(id));
    }

    private static Response answer(PartnershipRow row) {
        return Response.ok(json(row).build().toString()).build();
    }

    static JsonObjectBuilder json(PartnershipRow row) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(row.id()))
                .add("provider", side(row.provider()))
                .add("reseller", side(row.reseller()))
                .add("status", Fields.wire(row.status()))
                .add("requestedBy", Fields.wire(row.requestedBySide()))
                .add("direction", row.incoming() ? "incoming" : "outgoing")
                .add("requestedByUser", row.requestedBy())
                .add("requestedAt", Dates.utc(row.requestedAt()));
        Fields.time(json, "requestLinkExpiresAt", row.status() == PartnershipStatus.PENDING ? row.linkExpiresAt() : null);
        Fields.time(json, "acceptedAt", row.acceptedAt());
        Fields.time(json, "endedAt", row.endedAt());
        Fields.text(json, "endReason", row.endReason());
        return json.add("links", Links.self("partnerships/" + row.id()))
                .add("attributes", Links.type("Partnership"));
    }

    private static JsonObject side(PartnershipRow.Side side) {
        if (side.partnerId() == 0) {
            // A request by email no reseller answered yet: the address it went to.
            return JsonFactory.object().add("invitedEmail", side.name()).build();
        }
        return JsonFactory.object()
                .add("id", String.valueOf(side.partnerId()))
                .add("name", side.name())
                .add("mpnId", side.mpnId())
                .build();
    }

    private static long id(String id) {
        return Ids.parse(id, "PARTNERSHIP_NOT_FOUND", "Partnership " + id + " was not found.");
    }
}
