package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonFactory;

/**
 * {@code /v1/offers}: what the caller's partner may order, in Partner Center's {@code Offer}
 * shape. An offer's id is its catalog code. Partner Hub's catalog is the same in every country,
 * so {@code country} is checked and echoed, not filtered on. Names and descriptions are the
 * catalog's English ones ({@code locale} en-US), whatever translations the pages show.
 */
@RequestScoped
@Path("v1/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OffersResource {

    @EJB
    OfferCatalogService catalog;

    @GET
    public Response offers(@QueryParam("country") String country, @QueryParam("offset") String offset,
            @QueryParam("size") String size) {
        String checked = country(country);
        List<OfferRow> offers = catalog.offers();
        int from = offset == null || offset.isBlank() ? 0 : number("offset", offset);
        int count = size == null || size.isBlank() ? offers.size() : Paging.size(size);
        List<OfferRow> page = offers.subList(Math.min(from, offers.size()), Math.min(offers.size(), from + count));
        return Response.ok(Collections.of(page.stream().map(offer -> json(offer, checked)).toList(), null).toString())
                .build();
    }

    @GET
    @Path("{offerId}")
    public Response offer(@PathParam("offerId") String offerId, @QueryParam("country") String country) {
        String checked = country(country);
        return catalog.offers().stream()
                .filter(offer -> offer.code().equalsIgnoreCase(offerId))
                .findFirst()
                .map(offer -> Response.ok(json(offer, checked).toString()).build())
                .orElseThrow(() -> ApiProblem.notFound("OFFER_NOT_FOUND", "Offer " + offerId + " was not found."));
    }

    static JsonObject json(OfferRow offer, String country) {
        String cycle = offer.billingCycle().name().toLowerCase(Locale.ROOT);
        return JsonFactory.object()
                .add("id", offer.code())
                .add("name", offer.names().en())
                .add("description", offer.descriptions().en())
                .add("minimumQuantity", offer.minLicenses())
                .add("maximumQuantity", offer.maxLicenses())
                .add("rank", 0)
                .add("locale", "en-US")
                .add("country", country)
                .add("category", JsonFactory.object().add("id", "partnerhub").add("name", "Partner Hub catalog"))
                .add("isAddOn", false)
                .add("hasAddOns", false)
                .add("isAvailableForPurchase", true)
                .add("isAutoRenewable", true)
                .add("isTrial", false)
                .add("billing", "license")
                .add("supportedBillingCycles", JsonFactory.array().add(cycle))
                .add("product", JsonFactory.object().add("id", offer.code()).add("name", offer.names().en())
                        .add("unit", "Licenses"))
                .add("unitType", "Licenses")
                .add("links", Links.self("offers/" + offer.code() + "?country=" + country))
                .add("attributes", Links.type("Offer"))
                .build();
    }

    private static String country(String country) {
        if (country == null || !country.trim().matches("[A-Za-z]{2}")) {
            throw ApiProblem.badRequest("country must be a two-letter country code, not " + country);
        }
        return country.trim().toUpperCase(Locale.ROOT);
    }

    private static int number(String name, String value) {
        if (!value.trim().matches("[0-9]{1,6}")) {
            throw ApiProblem.badRequest(name + " must be a number, not " + value);
        }
        return Integer.parseInt(value.trim());
    }
}
