package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
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
import java.util.List;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.referral.ReferralList;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.referral.ReferralStatus;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;

/**
 * {@code /v1/referrals}: Partner Hub's own resource for leads, which Partner Center has no shape
 * for. Listed newest first in continuation pages, the leads the caller works ({@code list=working})
 * or those it referred to its resellers ({@code list=referred}); recorded by a POST, kept or
 * referred to a partnered reseller ({@code referToResellerId}), once per {@code MS-RequestId};
 * then answered and worked by POSTs on the lead, each answering it as it now stands. Global
 * admin, Admin agent and Sales agent clients work leads; Helpdesk agent clients read them.
 */
@RequestScoped
@Path("v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @EJB
    ReferralQueries queries;

    @EJB
    ReferralService referrals;

    @EJB
    OfferCatalogService catalog;

    @EJB
    ApiRequestService requests;

    @Inject
    Validator validator;

    /** A continuation goes on with the list and filter of its first page, whatever these parameters say. */
    @GET
    public Response referrals(@QueryParam("list") String list, @QueryParam("status") String status,
            @QueryParam("withinDays") String withinDays, @QueryParam("size") String size,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        String from = Paging.continuation(seekOperation, continuation);
        ReferralList which = Fields.parse(ReferralList.class, "list", list);
        KeysetPage<ReferralView> page = queries.page(which == null ? ReferralList.WORKING : which,
                Fields.parse(ReferralStatus.class, "status", status), days(withinDays), from, pageSize);
        return Paging.answer(page, pageSize, "referrals", view -> json(view).build());
    }

    @GET
    @Path("{referralId}")
    public Response referral(@PathParam("referralId") String referralId) {
        return answer(queries.referral(id(referralId)));
    }

    /**
     * Records a lead; with {@code referToResellerId} (a partnered reseller's id, as
     * {@code GET /v1/relationships} gives it) a provider refers it at once. Once per
     * {@code MS-RequestId}.
     */
    @POST
    public Response create(InputStream body, @HeaderParam("MS-RequestId") String requestId) {
        JsonBody json = JsonBody.read(body);
        NewReferral details = NewReferralJson.read(json, catalog, validator);
        Long referTo = Ids.inBody(json, "referToResellerId");
        return Idempotency.once(requests, requestId, "POST v1/referrals", () -> {
            try {
                long id = referrals.create(details, referTo);
                return new ApiAnswer(201, json(queries.referral(id)).build().toString());
            } catch (BusinessException refusal) {
                throw NewReferralJson.renamed(refusal).renamingField("referTo", "referToResellerId");
            }
        });
    }

    /** The reseller a lead was referred to takes it on. */
    @POST
    @Path("{referralId}/accept")
    public Response accept(@PathParam("referralId") String referralId) {
        long id = id(referralId);
        referrals.accept(id);
        return answer(queries.referral(id));
    }

    /** The reseller turns it down; the {@code reason}, optional, is shown to the provider. */
    @POST
    @Path("{referralId}/decline")
    public Response decline(@PathParam("referralId") String referralId, InputStream body) {
        long id = id(referralId);
        referrals.decline(id, JsonBody.readOptional(body).string("reason"));
        return answer(queries.referral(id));
    }

    @POST
    @Path("{referralId}/contacted")
    public Response contacted(@PathParam("referralId") String referralId) {
        long id = id(referralId);
        referrals.markContacted(id);
        return answer(queries.referral(id));
    }

    @POST
    @Path("{referralId}/won")
    public Response won(@PathParam("referralId") String referralId) {
        long id = id(referralId);
        referrals.markWon(id);
        return answer(queries.referral(id));
    }

    /** Lost, with an optional {@code reason} that only the partner working the lead reads. */
    @POST
    @Path("{referralId}/lost")
    public Response lost(@PathParam("referralId") String referralId, InputStream body) {
        long id = id(referralId);
        referrals.markLost(id, JsonBody.readOptional(body).string("reason"));
        return answer(queries.referral(id));
    }

    /** A provider refers a lead it kept, or one a reseller declined, to {@code resellerId}. */
    @POST
    @Path("{referralId}/refer")
    public Response refer(@PathParam("referralId") String referralId, InputStream body) {
        long id = id(referralId);
        Long reseller = Ids.inBody(JsonBody.readOptional(body), "resellerId");
        if (reseller == null) {
            throw new ApiProblem(400, "BAD_REQUEST", "resellerId is required: the partnered reseller to refer the"
                    + " referral to.", List.of("resellerId"));
        }
        try {
            referrals.refer(id, reseller);
        } catch (BusinessException refusal) {
            throw refusal.renamingField("referTo", "resellerId");
        }
        return answer(queries.referral(id));
    }

    /** A provider takes back a lead its reseller declined, to work it itself. */
    @POST
    @Path("{referralId}/keep")
    public Response keep(@PathParam("referralId") String referralId) {
        long id = id(referralId);
        referrals.keep(id);
        return answer(queries.referral(id));
    }

    /** Replaces the working partner's own notes with {@code text} (null clears them): never shown to the provider. */
    @POST
    @Path("{referralId}/notes")
    public Response notes(@PathParam("referralId") String referralId, InputStream body) {
        long id = id(referralId);
        referrals.writeNote(id, JsonBody.read(body).string("text"));
        return answer(queries.referral(id));
    }

    private static Response answer(ReferralView view) {
        return Response.ok(json(view).build().toString()).build();
    }

    static JsonObjectBuilder json(ReferralView view) {
        JsonObjectBuilder contact = JsonFactory.object()
                .add("firstName", view.contactFirstName())
                .add("lastName", view.contactLastName())
                .add("email", view.contactEmail());
        Fields.text(contact, "phone", view.contactPhone());
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(view.id()))
                .add("status", Fields.wire(view.status()))
                .add("companyName", view.companyName())
                .add("contact", contact)
                .add("country", view.country());
        Fields.text(json, "offerId", view.offerCode());
        // The API names offers in English, as Partner Center's catalog does.
        Fields.text(json, "offerName", view.offerNames() == null ? null : view.offerNames().en());
        if (view.licenses() != null) {
            json.add("licenses", view.licenses());
        }
        if (view.estimatedValue() != null) {
            json.add("estimatedValue", JsonFactory.object()
                    .add("amount", view.estimatedValue().amount())
                    .add("currency", view.estimatedValue().currency()));
        }
        Fields.text(json, "source", view.source());
        Fields.text(json, "note", view.note());
        if (view.referred()) {
            json.add("referredBy", partner(view.ownerId(), view.ownerName()));
        }
        json.add("assignedTo", partner(view.assigneeId(), view.assigneeName()));
        Fields.text(json, "declineReason", view.declineReason());
        if (view.full()) {
            // Only the partner that works the lead sees its work, so these members are there,
            // null while empty, exactly when the caller works it: the referring provider's
            // answer has none of them, which tells "not yours to see" from "nothing yet".
            orNull(json, "notes", view.workNote());
            orNull(json, "lostReason", view.lostReason());
            orNull(json, "customerId", view.customerId() == null ? null : String.valueOf(view.customerId()));
        }
        json.add("createdAt", Dates.utc(view.createdAt()));
        Fields.time(json, "referredAt", view.referredAt());
        return json.add("changedAt", Dates.utc(view.changedAt()))
                .add("links", Links.self("referrals/" + view.id()))
                .add("attributes", Links.type("Referral"));
    }

    private static JsonObject partner(long id, String name) {
        return JsonFactory.object().add("id", String.valueOf(id)).add("name", name).build();
    }

    private static void orNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /**
     * How far back the list reaches, at least a day. Checked here, as {@link Paging#size} checks
     * the size, so that the 400 is in the API's shape: the service's own check answers in the
     * REST runtime's.
     */
    private static Integer days(String withinDays) {
        if (withinDays == null || withinDays.isBlank()) {
            return null;
        }
        if (!withinDays.trim().matches("[1-9][0-9]{0,4}")) {
            throw new ApiProblem(400, "BAD_REQUEST", "withinDays must be a number of days from 1 to 99999, not "
                    + withinDays + ".", List.of("withinDays"));
        }
        return Integer.parseInt(withinDays.trim());
    }

    private static long id(String id) {
        return Ids.parse(id, "REFERRAL_NOT_FOUND", "Referral " + id + " was not found.");
    }
}
