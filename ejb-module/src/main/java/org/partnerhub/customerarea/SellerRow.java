package org.partnerhub.customerarea;

import java.io.Serializable;

/** A partner a customer may buy its own services through. */
public record SellerRow(long partnerId, String name, String mpnId) implements Serializable {
}
