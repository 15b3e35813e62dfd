package org.partnerhub.subscription;

import java.io.Serializable;

/** An offer on the catalog page, with whether the caller's partner hides it from its order forms. */
public record CatalogRow(OfferRow offer, boolean hidden) implements Serializable {
}
