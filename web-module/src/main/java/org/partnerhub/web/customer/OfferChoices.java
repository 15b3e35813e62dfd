package org.partnerhub.web.customer;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.OrderQuote;
import org.partnerhub.web.shell.Messages;

/**
 * The catalog as an order form: a license count typed next to each offer that is bought, and
 * what the order comes to. Shared by the new-customer wizard, the account page's Add
 * subscriptions and the customer area's Buy services.
 */
public class OfferChoices implements Serializable {

    private final List<OfferChoice> all;

    public OfferChoices(List<OfferRow> offers) {
        all = offers.stream().map(OfferChoice::new).toList();
    }

    public List<OfferChoice> getAll() {
        return all;
    }

    /** Starts the form with this many licenses of the offer (what a lead asked for), if the catalog has it. */
    public void prefill(long offerId, int licenses) {
        all.stream().filter(choice -> choice.getOffer().id() == offerId).findFirst()
                .ifPresent(choice -> choice.setLicenses(licenses));
    }

    public List<OfferChoice> getChosen() {
        return all.stream().filter(OfferChoice::isChosen).toList();
    }

    public List<OrderLine> lines() {
        return getChosen().stream().map(choice -> new OrderLine(choice.getOffer().id(), choice.getLicenses())).toList();
    }

    /** What the chosen lines come to, line by line and in all. */
    public OrderQuote getQuote() {
        return new OrderQuote(getChosen().stream()
                .map(choice -> new OrderQuote.Line(choice.getOffer(), choice.getLicenses())).toList());
    }

    /**
     * Each chosen line within its offer's limits, and at least one: the messages go next to the
     * lines and the table of the form with this id (offer-choices.xhtml).
     */
    public boolean validate(String formId) {
        boolean valid = true;
        for (int i = 0; i < all.size(); i++) {
            OfferChoice choice = all.get(i);
            if (choice.isChosen() && !choice.isWithinLimits()) {
                Messages.error(formId + ":offers:" + i + ":licenses", "wizard.licenses.outOfRange",
                        choice.getOffer().minLicenses(), choice.getOffer().maxLicenses());
                valid = false;
            }
        }
        if (getChosen().isEmpty()) {
            Messages.error(formId + ":offers", "wizard.order.empty");
            valid = false;
        }
        return valid;
    }
}
