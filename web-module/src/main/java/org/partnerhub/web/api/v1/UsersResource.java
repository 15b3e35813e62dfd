package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.customeruser.CustomerUserService;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.identity.ApiAnswer;
import org.partnerhub.identity.ApiRequestService;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.Idempotency;
import org.partnerhub.web.api.JsonBody;
import org.partnerhub.web.api.JsonFactory;

/**
 * {@code /v1/customers/{id}/users}: the customer's own users, in Partner Center's
 * {@code CustomerUser} shape. Creating one takes the password from {@code passwordProfile},
 * where the SDK sends it twice ({@code password} and {@code Password}); no answer ever holds it.
 * The SDK posts to {@code users/}, with a trailing slash: Jakarta REST matches it here too.
 */
@RequestScoped
@Path("v1/customers/{customerId}/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final Map<String, String> FIELDS = Map.of(
            "userName", "userPrincipalName", "firstName", "firstName", "lastName", "lastName",
            "displayName", "displayName", "contactEmail", "alternateEmailAddresses", "usageLocation", "usageLocation");

    @EJB
    CustomerUserService users;

    @EJB
    ApiRequestService requests;

    @Inject
    Validator validator;

    @GET
    public Response users(@PathParam("customerId") String customerId, @QueryParam("size") String size,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        long customer = Ids.customer(customerId);
        int pageSize = Paging.size(size);
        KeysetPage<CustomerUserRow> page = users.page(customer, Paging.continuation(seekOperation, continuation),
                pageSize);
        return Paging.answer(page, pageSize, "customers/" + customerId + "/users", user -> json(user, customerId));
    }

    @GET
    @Path("{userId}")
    public Response user(@PathParam("customerId") String customerId, @PathParam("userId") String userId) {
        return Response.ok(json(users.user(Ids.customer(customerId), userId(userId)), customerId).toString()).build();
    }

    @POST
    public Response create(@PathParam("customerId") String customerId, InputStream body,
            @HeaderParam("MS-RequestId") String requestId) {
        long customer = Ids.customer(customerId);
        JsonBody json = JsonBody.read(body);
        NewCustomerUser details = details(json);
        String password = password(json);
        if (password == null) {
            throw new ApiProblem(400, "INVALID_USER", "passwordProfile.password is required.",
                    List.of("passwordProfile.password: required"));
        }
        return Idempotency.once(requests, requestId, "POST v1/customers/" + customer + "/users",
                () -> new ApiAnswer(201, json(users.add(customer, details, password), customerId).toString()));
    }

    /** Partner Center's reset password: only {@code passwordProfile}; whatever is left out stays. */
    @PATCH
    @Path("{userId}")
    public Response change(@PathParam("customerId") String customerId, @PathParam("userId") String userId,
            InputStream body) {
        long customer = Ids.customer(customerId);
        long user = userId(userId);
        String password = password(JsonBody.read(body));
        CustomerUserRow changed = password == null ? users.user(customer, user) : users.setPassword(customer, user, password);
        return Response.ok(json(changed, customerId).toString()).build();
    }

    @DELETE
    @Path("{userId}")
    public Response delete(@PathParam("customerId") String customerId, @PathParam("userId") String userId) {
        users.delete(Ids.customer(customerId), userId(userId));
        return Response.noContent().build();
    }

    static JsonObject json(CustomerUserRow user, String customerId) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", String.valueOf(user.id()))
                .add("userPrincipalName", user.userName())
                .add("displayName", user.displayName());
        if (user.firstName() != null) {
            json.add("firstName", user.firstName());
        }
        if (user.lastName() != null) {
            json.add("lastName", user.lastName());
        }
        if (user.usageLocation() != null) {
            json.add("usageLocation", user.usageLocation());
        }
        return json.add("state", user.blocked() ? "inactive" : "active")
                .add("userDomainType", "managed")
                .add("links", Links.self("customers/" + customerId + "/users/" + user.id()))
                .add("attributes", Links.type("CustomerUser"))
                .build();
    }

    /** The user's details; its user name is the part of userPrincipalName before the @. */
    private NewCustomerUser details(JsonBody json) {
        NewCustomerUser details = new NewCustomerUser();
        String principal = json.string("userPrincipalName");
        details.setUserName(principal == null ? null : principal.substring(0, Math.max(0, principal.indexOf('@') < 0
                ? principal.length() : principal.indexOf('@'))).trim().toLowerCase(Locale.ROOT));
        details.setFirstName(json.string("firstName"));
        details.setLastName(json.string("lastName"));
        details.setDisplayName(json.string("displayName"));
        String location = json.string("usageLocation");
        details.setUsageLocation(location == null ? null : location.trim().toUpperCase(Locale.ROOT));
        return BodyValidation.check(validator, details, FIELDS, "INVALID_USER", "user");
    }

    /** The password the SDK sends twice, in two casings: either will do. */
    private static String password(JsonBody json) {
        String password = json.string("passwordProfile.password");
        return password != null ? password : json.string("passwordProfile.Password");
    }

    private static long userId(String id) {
        return Ids.parse(id, "USER_NOT_FOUND", "User " + id + " was not found.");
    }
}
