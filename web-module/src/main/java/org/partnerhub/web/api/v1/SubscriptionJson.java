package org.partnerhub.web.api.v1;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.partnerhub.subscription.BillingCycle;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionStatus;
import org.partnerhub.web.api.JsonFactory;

/**
 * A subscription in Partner Center's {@code Subscription} shape. Its status is one of the
 * SDK's four: active, suspended (Partner Hub's suspended and expired: the customer cannot use
 * it), deleted (cancelled), none (a code this version does not know). Never anything else: the
 * SDK cannot read another value.
 */
final class SubscriptionJson {


    private SubscriptionJson() {
    }

    static String status(SubscriptionRow row) {
        SubscriptionStatus status = row.knownStatus();
        if (status == null) {
            return "none";
        }
        return switch (status) {
            case ACTIVE -> "active";
            case SUSPENDED, EXPIRED -> "suspended";
            case CANCELLED -> "deleted";
        };
    }

    static JsonObject of(SubscriptionRow row, long customerId) {
        String id = String.valueOf(row.id());
        String status = status(row);
        JsonArrayBuilder reasons = JsonFactory.array();
        if (!"active".equals(status) && row.statusReason() != null) {
            reasons.add(row.statusReason());
        }
        boolean annual = row.billingCycle() == BillingCycle.ANNUAL;
        return JsonFactory.object()
                .add("id", id)
                .add("entitlementId", id)
                .add("offerId", row.offerCode())
                .add("offerName", row.offerNames().en())
                .add("friendlyName", row.offerNames().en())
                .add("quantity", row.licenses())
                .add("unitType", "Licenses")
                .add("creationDate", Dates.utc(row.createdAt()))
                .add("effectiveStartDate", Dates.utc(row.createdAt()))
                .add("commitmentEndDate", row.termEnd() == null ? Dates.utc(row.createdAt()) : Dates.utc(row.termEnd()))
                .add("status", status)
                .add("suspensionReasons", reasons)
                .add("autoRenewEnabled", true)
                .add("isTrial", false)
                .add("isMicrosoftProduct", false)
                .add("billingType", "license")
                .add("billingCycle", annual ? "annual" : "monthly")
                .add("termDuration", annual ? "P1Y" : "P1M")
                .add("contractType", "subscription")
                .add("partnerId", String.valueOf(row.partnerId()))
                .add("links", JsonFactory.object()
                        .add("self", Links.link("customers/" + customerId + "/subscriptions/" + id))
                        .add("offer", Links.link("offers/" + row.offerCode() + "?country=US")))
                .add("attributes", Links.type("Subscription"))
                .build();
    }

}
