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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.relationship.InvitationRow;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.Language;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.PersonalLinks;

/**
 * {@code /v1/invitations}: the partner's invitations to customers, Partner Hub's own resource.
 * Creating one (in a {@code language}, jointly with a {@code jointProviderId} for an indirect
 * reseller, to re-establish with a {@code formerCustomerId}) or resending it answers with the
 * personal link ({@code url}) once; the list never shows it again. Once per
 * {@code MS-RequestId}.
 */
@RequestScoped
@Path("v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @EJB
    RelationshipInvitationService invitations;

    @EJB
    ApiRequestService requests;

    @Context
    HttpServletRequest request;

    @GET
    public Response invitations(@QueryParam("size") String size, @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        KeysetPage<InvitationRow> page = invitations.page(
                Paging.continuation(seekOperation, continuation), pageSize);
        return Paging.answer(page, pageSize, "invitations", row -> json(row).build());
    }

    @GET
    @Path("{invitationId}")
    public Response invitation(@PathParam("invitationId") String invitationId) {
        return Response.ok(json(invitations.invitation(id(invitationId))).build().toString()).build();
    }

    /** The language is the body's, else {@code X-Locale}'s; the answer holds the link, once. */
    @POST
    public Response invite(InputStream body, @HeaderParam("X-Locale") String locale,
            @HeaderParam("MS-RequestId") String requestId) {
        JsonBody json = JsonBody.readOptional(body);
        Language language = json.string("language") == null ? Language.fromTag(locale) : language(json.string("language"));
        Long jointProvider = Ids.inBody(json, "jointProviderId");
        Long formerCustomer = Ids.inBody(json, "formerCustomerId");
        String recipient = json.string("recipientEmail");
        return Idempotency.once(requests, requestId, "POST v1/invitations", () -> {
            InvitationLink link = formerCustomer == null ? invitations.invite(language, jointProvider, recipient)
                    : invitations.inviteFormerCustomer(language, jointProvider, formerCustomer, recipient);
            return new ApiAnswer(201, withLink(link).toString());
        });
    }

    /** A new link for an open or expired invitation; the old one stops working. */
    @POST
    @Path("{invitationId}/resend")
    public Response resend(@PathParam("invitationId") String invitationId) {
        return Response.ok(withLink(invitations.resend(id(invitationId))).toString()).build();
    }

    @POST
    @Path("{invitationId}/revoke")
    public Response revoke(@PathParam("invitationId") String invitationId) {
        long id = id(invitationId);
        invitations.revoke(id);
        return Response.ok(json(invitations.invitation(id)).build().toString()).build();
    }

    private JsonObject withLink(InvitationLink link) {
        return json(invitations.invitation(link.invitationId()))
                .add("url", PersonalLinks.invitation(request, link.token()))
                .build();
    }

    static JsonObjectBuilder json(InvitationRow row) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(row.id()))
                .add("status", Fields.wire(row.status()))
                .add("language", row.language().locale().toLanguageTag());
        if (row.jointProvider() != null) {
            json.add("jointProvider", named(row.jointProvider(), "name"));
        }
        if (row.recipient() != null) {
            json.add("recipientEmail", row.recipient());
        }
        json.add("createdByUser", row.createdBy())
                .add("createdAt", Dates.utc(row.createdAt()))
                .add("expiresAt", Dates.utc(row.expiresAt()));
        if (row.customer() != null) {
            json.add("customer", named(row.customer(), "companyName"));
        }
        if (row.forCustomer() != null) {
            json.add("forCustomer", named(row.forCustomer(), "companyName"));
        }
        return json.add("links", Links.self("invitations/" + row.id()))
                .add("attributes", Links.type("RelationshipInvitation"));
    }

    private static JsonObject named(InvitationRow.Named named, String nameField) {
        return JsonFactory.object().add("id", String.valueOf(named.id())).add(nameField, named.name()).build();
    }

    /** One of the languages Partner Hub speaks, by its tag; another is refused rather than read as English. */
    private static Language language(String tag) {
        Language language = Language.fromTag(tag);
        if (!language.locale().getLanguage().equals(Locale.forLanguageTag(tag.trim()).getLanguage())) {
            throw new ApiProblem(400, "BAD_REQUEST", "language " + tag + " is not one of "
                    + Arrays.stream(Language.values()).map(l -> l.locale().toLanguageTag()).toList() + ".",
                    List.of("language"));
        }
        return language;
    }

    private static long id(String id) {
        return Ids.parse(id, "INVITATION_NOT_FOUND", "Invitation " + id + " was not found.");
    }
}
