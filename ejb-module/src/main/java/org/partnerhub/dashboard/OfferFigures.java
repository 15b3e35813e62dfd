package org.partnerhub.dashboard;

import java.io.Serializable;
import org.partnerhub.shared.TranslatedText;

/** A partner's active subscriptions of one offer and their licenses; the offer named in every language. */
public record OfferFigures(long offerId, TranslatedText offerName, long subscriptions, long licenses)
        implements Serializable {
}
