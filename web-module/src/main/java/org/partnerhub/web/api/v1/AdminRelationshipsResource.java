package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.adminrelationship.AdminRelationshipLink;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.adminrelationship.AdminRole;
import org.partnerhub.adminrelationship.NewAdminRelationship;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.PersonalLinks;

/**
 * {@code /v1/customers/{id}/adminrelationships}: the caller's granular admin relationships with
 * one of its customers, Partner Hub's own resource. Creating one ({@code name}, {@code roles},
 * {@code durationDays}, {@code autoExtend}) answers with the personal approval link
 * ({@code approvalUrl}) once; the customer's admin approves it in Partner Hub. Once per
 * {@code MS-RequestId}.
 */
@RequestScoped
@Path("v1/customers/{customerId}/adminrelationships")
@Produces(MediaType.APPLICATION_JSON)
public class AdminRelationshipsResource {

    @EJB
    AdminRelationshipService adminRelationships;

    @EJB
    ApiRequestService requests;

    @Context
    HttpServletRequest request;

    @GET
    public Response list(@PathParam("customerId") String customerId) {
        return Response.ok(Collections.of(adminRelationships.ofCustomer(Ids.customer(customerId)).stream()
                .map(row -> json(row).build()).toList(), null).toString()).build();
    }

    @GET
    @Path("{relationshipId}")
    public Response relationship(@PathParam("customerId") String customerId,
            @PathParam("relationshipId") String relationshipId) {
        return answer(customerId, adminRelationships.relationship(id(relationshipId)));
    }

    @POST
    public Response request(@PathParam("customerId") String customerId, InputStream body,
            @HeaderParam("MS-RequestId") String requestId) {
        long customer = Ids.customer(customerId);
        JsonBody json = JsonBody.read(body);
        Boolean autoExtend = json.bool("autoExtend");
        NewAdminRelationship asked = new NewAdminRelationship(json.string("name"), roles(json.array("roles")),
                json.integer("durationDays"), Boolean.TRUE.equals(autoExtend));
        return Idempotency.once(requests, requestId, "POST v1/customers/" + customer + "/adminrelationships", () -> {
            try {
                AdminRelationshipLink link = adminRelationships.request(customer, asked);
                return new ApiAnswer(201, json(adminRelationships.relationship(link.relationshipId()))
                        .add("approvalUrl", PersonalLinks.adminApproval(request, link.token())).build().toString());
            } catch (BusinessException refusal) {
                throw refusal.renamingField("duration", "durationDays");
            }
        });
    }

    /** Ends an active relationship, or withdraws one the customer has not answered. */
    @POST
    @Path("{relationshipId}/terminate")
    public Response terminate(@PathParam("customerId") String customerId,
            @PathParam("relationshipId") String relationshipId) {
        long id = id(relationshipId);
        adminRelationships.terminate(id);
        return answer(customerId, adminRelationships.relationship(id));
    }

    /** Gives up the legacy delegated admin privilege: only the admin relationships' roles count afterwards. */
    @POST
    @Path("removelegacyprivileges")
    public Response removeLegacyPrivileges(@PathParam("customerId") String customerId) {
        adminRelationships.removeLegacyPrivileges(Ids.customer(customerId));
        return Response.noContent().build();
    }

    /** One of this customer's: an id of another customer's relationship is "not found" here too. */
    private static Response answer(String customerId, AdminRelationshipRow row) {
        if (row.customerId() != Ids.customer(customerId)) {
            throw ApiProblem.notFound("ADMIN_RELATIONSHIP_NOT_FOUND", "There is no such admin relationship.");
        }
        return Response.ok(json(row).build().toString()).build();
    }

    private static long id(String relationshipId) {
        return Ids.parse(relationshipId, "ADMIN_RELATIONSHIP_NOT_FOUND", "There is no such admin relationship.");
    }

    /** Roles by their lower-case names ({@code user_administrator}); another is refused naming the field. */
    private static Set<AdminRole> roles(JsonArray names) {
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        if (names == null) {
            return roles;
        }
        for (JsonValue name : names) {
            AdminRole role = name instanceof JsonString text ? EnumSet.allOf(AdminRole.class).stream()
                    .filter(known -> Fields.wire(known).equals(text.getString().trim().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElse(null) : null;
            if (role == null) {
                throw new ApiProblem(400, "BAD_REQUEST", "roles holds " + name + ", not one of "
                        + EnumSet.allOf(AdminRole.class).stream().map(Fields::wire).toList() + ".", List.of("roles"));
            }
            roles.add(role);
        }
        return roles;
    }

    static JsonObjectBuilder json(AdminRelationshipRow row) {
        JsonArrayBuilder roles = JsonFactory.array();
        row.roles().forEach(role -> roles.add(Fields.wire(role)));
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(row.id()))
                .add("name", row.name())
                .add("customer", JsonFactory.object().add("id", String.valueOf(row.customerId()))
                        .add("companyName", row.customerName()))
                .add("roles", roles)
                .add("durationDays", row.durationDays())
                .add("autoExtend", row.autoExtend())
                .add("status", Fields.wire(row.status()))
                .add("requestedByUser", row.requestedBy())
                .add("requestedAt", Dates.utc(row.requestedAt()))
                .add("approvalLinkExpiresAt", Dates.utc(row.linkExpiresAt()));
        Fields.text(json, "answeredBy", row.answeredBy());
        Fields.time(json, "answeredAt", row.answeredAt());
        Fields.time(json, "endsAt", row.endsAt());
        Fields.text(json, "terminatedBy", row.terminatedBy());
        if (row.terminatedSide() != null) {
            json.add("terminatedBySide", Fields.wire(row.terminatedSide()));
        }
        Fields.time(json, "terminatedAt", row.terminatedAt());
        return json.add("links", Links.self("customers/" + row.customerId() + "/adminrelationships/" + row.id()))
                .add("attributes", Links.type("AdminRelationship"));
    }
}
