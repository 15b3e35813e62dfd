package org.partnerhub.web.customer;

import java.io.Serializable;
import org.partnerhub.subscription.OfferRow;

/** One offer on the wizard's subscriptions step and the license count typed for it, if any. */
public class OfferChoice implements Serializable {

    private final OfferRow offer;
    private Integer licenses;

    public OfferChoice(OfferRow offer) {
        this.offer = offer;
    }

    public boolean isChosen() {
        return licenses != null;
    }

    public boolean isWithinLimits() {
        return licenses != null && offer.allows(licenses);
    }

    public OfferRow getOffer() {
        return offer;
    }

    public Integer getLicenses() {
        return licenses;
    }

    public void setLicenses(Integer licenses) {
        this.licenses = licenses;
    }
}
