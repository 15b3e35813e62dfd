package org.partnerhub.web.api.v1;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerhub.referral.NewReferral;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.CatalogRow;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonBody;

/**
 * The body of {@code POST /v1/referrals} as the service's {@link NewReferral}: the contact and
 * the estimated value are objects on the wire, and the offer is named by its catalog code, as
 * everywhere in the API. Checked here with the constraints the service checks, so that a refusal
 * names the API's field ({@code contact.email}), not the service's ({@code contactEmail}).
 */
final class NewReferralJson {

    /** The service's property paths and the API fields they come from. */
    private static final Map<String, String> FIELDS = Map.of(
            "contactFirstName", "contact.firstName",
            "contactLastName", "contact.lastName",
            "contactEmail", "contact.email",
            "contactPhone", "contact.phone",
            "estimatedValue", "estimatedValue.amount",
            "currency", "estimatedValue.currency");

    private NewReferralJson() {
    }

    static NewReferral read(JsonBody body, OfferCatalogService catalog, Validator validator) {
        NewReferral details = new NewReferral();
        details.setCompanyName(body.string("companyName"));
        details.setContactFirstName(body.string("contact.firstName"));
        details.setContactLastName(body.string("contact.lastName"));
        details.setContactEmail(body.string("contact.email"));
        details.setContactPhone(body.string("contact.phone"));
        details.setCountry(upper(body.string("country")));
        details.setOfferId(offerId(body.string("offerId"), catalog));
        details.setLicenses(body.integer("licenses"));
        details.setEstimatedValue(body.decimal("estimatedValue.amount"));
        String currency = body.string("estimatedValue.currency");
        if (currency != null) {
            details.setCurrency(upper(currency));
        }
        details.setSource(body.string("source"));
        details.setNote(body.string("note"));
        return BodyValidation.check(validator, details, FIELDS, "INVALID_REFERRAL", "referral");
    }

    /** The service's refusal of a field, next to the API's field. */
    static BusinessException renamed(BusinessException refusal) {
        return refusal.renamingField("currency", "estimatedValue.currency");
    }

    /**
     * The offer by its catalog code: any offer still sold, including those the caller hides from
     * its order forms, as the service takes them (a lead may ask for what the partner does not sell yet).
     */
    private static Long offerId(String code, OfferCatalogService catalog) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalog.catalog(null).stream()
                .map(CatalogRow::offer)
                .filter(offer -> offer.code().equalsIgnoreCase(code.trim()))
                .findFirst()
                .map(OfferRow::id)
                .orElseThrow(() -> new ApiProblem(400, "REFERRAL_OFFER_UNKNOWN",
                        "offerId " + code + " is not an offer of the catalog.", List.of("offerId")));
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
