package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
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
import java.util.Locale;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.NewCustomerCredentials;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.Language;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.PersonalLinks;

/** {@code /v1/customers}: the caller's customers, those it has an active relationship with. */
@RequestScoped
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @EJB
    CustomerQueries queries;

    @EJB
    CustomerService customers;

    @EJB
    ApiRequestService requests;

    @Inject
    Validator validator;

    @EJB
    RelationshipInvitationService invitations;

    @EJB
    ChannelQueries channel;

    @Context
    HttpServletRequest request;

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
        String from = Paging.continuation(seekOperation, continuation);
        KeysetPage<CustomerAccount> page = queries.page(from, pageSize, from != null ? null : CustomerFilter.read(filter));
        return Paging.answer(page, pageSize, "customers", CustomerJson::of);
    }

    /**
     * A new customer with its first admin user, whose credentials the answer holds once. A
     * domain another customer has: 409. Once per {@code MS-RequestId}.
     */
    @POST
    public Response create(InputStream body, @HeaderParam("MS-RequestId") String requestId) {
        JsonBody json = JsonBody.read(body);
        NewCustomer details = NewCustomerJson.read(json, validator);
        // Partner Center's associatedPartnerId: the partnered partner the customer is added with,
        // a provider's reseller (on its behalf) or a reseller's provider (which will buy for it).
        Long associated = Ids.inBody(json, "associatedPartnerId");
        if (associated != null && channel.myType() == PartnerType.INDIRECT_PROVIDER) {
            details.setIndirectResellerId(associated);
        } else {
            details.setIndirectProviderId(associated);
        }
        return Idempotency.once(requests, requestId, "POST v1/customers", () -> {
            try {
                NewCustomerCredentials created = customers.addCustomer(details);
                return new ApiAnswer(201, CustomerJson.created(queries.account(created.customerId()), created,
                        json.string("companyProfile.domain")).toString());
            } catch (BusinessException refusal) {
                throw refusal.renamingField("indirectReseller", "associatedPartnerId")
                        .renamingField("indirectProvider", "associatedPartnerId");
            }
        });
    }

    /**
     * A reseller relationship request: a new personal link the customer opens to accept the
     * caller as its partner, in the language of {@code X-Locale}. A literal path: it is no
     * customer id.
     */
    @GET
    @Path("relationshiprequests")
    public Response relationshipRequest(@HeaderParam("X-Locale") String locale) {
        InvitationLink link = invitations.invite(Language.fromTag(locale), null, null);
        return Response.ok(JsonFactory.object()
                .add("url", PersonalLinks.invitation(request, link.token()))
                .add("attributes", Links.type("CustomerRelationshipRequest"))
                .build().toString()).build();
    }

    /**
     * The partnered partners that serve this customer too: for a provider the indirect resellers
     * it may credit, for a reseller its providers.
     */
    @GET
    @Path("{customerId}/relationships")
    public Response relationships(@PathParam("customerId") String customerId) {
        // What each listed partner is to the customer: a provider lists resellers, a reseller providers.
        String type = channel.myType() == PartnerType.INDIRECT_PROVIDER ? PartnerRelationshipJson.RESELLER_OF
                : PartnerRelationshipJson.PROVIDER_OF;
        return Response.ok(Collections.of(channel.partnersServing(Ids.customer(customerId)).stream()
                .map(partner -> PartnerRelationshipJson.of(partner, type)).toList(), null).toString()).build();
    }

    /** One customer; another partner's, an unknown id or one that is no id at all: 404. */
    @GET
    @Path("{customerId}")
    public Response customer(@PathParam("customerId") String customerId) {
        return Response.ok(CustomerJson.of(queries.account(Ids.customer(customerId))).toString()).build();
    }
}
